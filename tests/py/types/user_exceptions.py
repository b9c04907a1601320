# user-defined exception subclasses with custom __init__/__str__
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, item):
        super().__init__("not found: " + item)
        self.item = item

class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return self.field + " is invalid (" + self.reason + ")"

for exc in [NotFound("apple"), Invalid("age", "negative"), AppError("generic")]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", isinstance(e, Exception))
try:
    raise NotFound("pear")
except NotFound as e:
    print(e.item, e.args, repr(e))
print(issubclass(NotFound, AppError), issubclass(AppError, NotFound))
