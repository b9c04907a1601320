# An uncaught exception group whose members have causes, contexts and notes, and a group nested in a group.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e

errors = []
for t in ["1", "x", "2", "y"]:
    try:
        parse(t)
    except RuntimeError as e:
        e.add_note(f"while reading item {t!r}")
        errors.append(e)
inner = ExceptionGroup("inner problems", [KeyError("missing"), OSError(2, "No such file")])
try:
    raise inner
except ExceptionGroup as g:
    caught = g
eg = ExceptionGroup("parsing failed", errors + [caught])
eg.add_note("2 items could not be read")
raise eg
