# ExceptionGroup/BaseExceptionGroup: constructor checks, str/repr, message, exceptions, split, subgroup
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ExceptionGroup('in', [ValueError(3), KeyError(4)])])
print(str(eg), repr(eg), type(eg).__name__)
print(eg.split(ValueError))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(type(BaseExceptionGroup('x', [ValueError()])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
for a in [(1, [ValueError()]), ('m', 5), ('m', []), ('m', [1]), ('m', [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*a)
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(eg, Exception), eg.message, eg.exceptions)
