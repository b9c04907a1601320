# assert statements that pass, and caught failing asserts
assert True
assert 1 + 1 == 2, "math broke"
x = [1, 2, 3]
assert len(x) == 3
try:
    assert x[0] == 5, "first element is " + str(x[0])
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)
print("done")
