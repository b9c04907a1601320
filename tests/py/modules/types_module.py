import types
print(types.FunctionType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.MethodType, types.ModuleType, types.BuiltinFunctionType, types.GenericAlias, types.UnionType, types.NoneType, types.CodeType, types.TracebackType)
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns == types.SimpleNamespace(a=1, b='x'), ns.a)
ns.c = ns
print(ns)
C = types.new_class('C', (list[int],), exec_body=lambda ns: ns.update(x=1))
print(C, C.__mro__, C.x, C.__orig_bases__)
print(types.GenericAlias(list, (int,)))
print(types.SimpleNamespace(z=2), types.SimpleNamespace() == types.SimpleNamespace())
try:
    types.SimpleNamespace({'k': 1})
except TypeError as e:
    print('TypeError:', e)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print('TypeError:', e)
def gen():
    yield
print(isinstance(gen(), types.GeneratorType), isinstance(gen, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(types.resolve_bases((int, list[str])), types.prepare_class('P', (int,))[0])
