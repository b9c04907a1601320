# CPython prints at most 15 members of a group and nests boxes at most 10 deep.
wide = ExceptionGroup("wide", [ValueError(i) for i in range(20)])
deep = ValueError("leaf")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])
raise BaseExceptionGroup("limits", [wide, deep, KeyboardInterrupt()])
