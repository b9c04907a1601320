# json: dumps/loads with indent, sort_keys, separators, ensure_ascii, default, hooks; dump/load on files
import json, os
data = {"name": "pyco", "n": 3, "pi": 3.14159, "big": 10**30, "neg": -0.0, "ok": True, "no": False, "none": None,
        "list": [1, 2.5, "three", [4, [5]], {}], "nested": {"a": {"b": {"c": []}}}, "tuple": (1, 2)}
s = json.dumps(data)
print(s)
print(json.loads(s))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps([1, [2, {"a": []}], {}], indent=0))
print(json.dumps([1, 2, {"k": "v"}], separators=(',', ':')), json.dumps([1, 2], indent=1, separators=(', ', ' = ')))
print(json.dumps({1: 2, 1.5: 3, True: 4, None: 5, "s": 6, -7: 8}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps({(1, 2): 3, "x": 4}, skipkeys=True))
print(json.dumps("é😀\n\t\"\\ \x7f\x01/"), json.dumps("é😀\x00", ensure_ascii=False))
print(json.dumps([float('nan'), float('inf'), -float('inf'), 1e16, 1e-7, 0.1, 1/3, 2.0, -0.0, 123456789.0]))
print(json.loads('[NaN, Infinity, -Infinity, 1e400, -0, -0.0, 1E5, 2e-3, 0.5, 10000000000000000000000]'))
print(json.dumps(True), json.dumps(None), json.dumps("x"), json.dumps(7), json.dumps([]), json.dumps({}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2), Point(3, 4)], default=lambda p: {"x": p.x, "y": p.y}))
print(json.dumps({"when": Point(0, 0)}, default=lambda o: "<point>", indent=1))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc), Enc(indent=2).encode([{1, 2}]))
print(json.loads('{"a": 1, "b": [1, 2]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "a": 2, "b": 3}'), json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[1, 2.5, 3]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: c.lower()))
print(json.loads(b'{"bytes": "ok \\u00e9"}'), json.loads(' \n[ 1 , 2 ]\n '), json.loads('"\\ud83d\\ude00"'))
print(json.loads('"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"'), json.loads('"caf\u00e9 \u4e2d"'))
print(json.JSONDecoder().raw_decode('[1, 2] rest'), json.JSONDecoder().decode(' {} '))
print(json.loads('"a\x01b"', strict=False) == 'a\x01b')
fn = '_tmp_json.json'
with open(fn, 'w') as f:
    json.dump(data, f, indent=1)
with open(fn) as f:
    back = json.load(f)
os.remove(fn)
print(back == json.loads(json.dumps(data)), back["tuple"])
deep = json.loads('[' * 100 + ']' * 100)
print(len(json.dumps(deep)))
