# hand-written JSON-like pretty printer and a tiny parser for it
def dump(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        if not v:
            return "[]"
        inner = [pad + "  " + dump(x, indent + 1) for x in v]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        inner = [pad + "  " + dump(k) + ": " + dump(v[k], indent + 1) for k in v]
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    raise TypeError("cannot dump " + type(v).__name__)

def parse(s):
    pos = 0
    def skip():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        skip()
        ch = s[pos]
        if ch == "{":
            pos += 1
            d = {}
            skip()
            if s[pos] == "}":
                pos += 1
                return d
            while True:
                k = value()
                skip()
                pos += 1  # ':'
                d[k] = value()
                skip()
                if s[pos] == ",":
                    pos += 1
                else:
                    pos += 1
                    return d
        if ch == "[":
            pos += 1
            out = []
            skip()
            if s[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                skip()
                c = s[pos]
                pos += 1
                if c == "]":
                    return out
        if ch == '"':
            pos += 1
            out = ""
            while s[pos] != '"':
                if s[pos] == "\\":
                    pos += 1
                out += s[pos]
                pos += 1
            pos += 1
            return out
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(s) and s[pos] in "-+.0123456789e":
            pos += 1
        text = s[start:pos]
        return float(text) if "." in text or "e" in text else int(text)
    return value()

data = {"name": "pyco", "version": [0, 1, 2], "stable": False, "ratio": 0.25,
        "tags": ["fast", 'say "hi"', "日本"], "meta": {"empty": {}, "none": None, "list": []},
        "big": 2 ** 70}
text = dump(data)
print(text)
back = parse(text)
print(back == data)
print(dump([1, [2, [3, []]]]))
try:
    dump({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
