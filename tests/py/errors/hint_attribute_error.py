# AttributeError hints come from dir() of the object; .name and .obj are set; subclasses get no hint
class Point:
    def __init__(self):
        self.xcoord = 1

try:
    Point().xcord
except AttributeError as e:
    print(e.name, type(e.obj).__name__)

class MyError(AttributeError):
    pass

try:
    raise MyError("custom", name="xcord", obj=Point())
except AttributeError as e:
    print(e)

words = ["a", "b"]
words.apend("c")
