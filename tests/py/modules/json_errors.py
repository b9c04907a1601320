# json: decoding errors are json.JSONDecodeError (a ValueError) with CPython messages, positions, line/column
import json
cases = ['', '[1,]', '{1:2}', '[1] x', '{"a" 1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', 'nul', '{"a":1,}',
         '"a\x01"', '-', '1.', '01', '[', '{', '{"a":', '\n\n  x', '{"a":1', '[1', '"ab\\', '  \n "é\x02"', 'é', '[1,\n 2,,]',
         '-Infinity', '-Inf', 'tru', '"\\ud83d\\ude00 \\ud83d x \\ude00"', '1.5e', '2E+3', '-0.0', '[]]', '{"a":1}}']
for c in cases:
    try:
        print(repr(c), '->', repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), '!!', e, '|', e.msg, e.pos, e.lineno, e.colno, e.args)
print(json.loads('"\\ud83d"') == '\ud83d')
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
try:
    json.loads('{"a": [1, 2,, 3]}')
except ValueError as e:
    print(type(e).__name__, e)
for bad in ['json.loads(5)', 'json.dumps(set())', 'json.dumps({(1, 2): 3})', 'json.dumps(float("nan"), allow_nan=False)',
            'json.dumps(object())', 'json.loads("\\ufeff[]")', 'json.dumps([1j])']:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError', e)
d = {}
d['x'] = [d]
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', e)
