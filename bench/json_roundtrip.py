# Dict and string work through the json module: build nested records, dumps them (plain, sorted keys,
# indented), loads them back and checks the round trip. Skipped (with a clear line) when json is missing.
import sys

try:
    import json
except ImportError:
    json = None


def make_records(n):
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": "user%d" % i,
            "score": (i * 7919 % 1000) / 10,
            "active": i % 3 == 0,
            "tags": ["t%d" % (i % 5), "g%d" % (i % 7)],
            "address": {"street": "%d Main St" % (i % 300), "zip": "%05d" % (i * 13 % 100000)},
            "note": None if i % 4 else "quote \" backslash \\ tab \t unicode \u00e9",
        })
    return records


def main(n):
    if json is None:
        print("skipped: no json module")
        return
    records = make_records(n)
    total = 0
    for rnd in range(4):
        text = json.dumps(records, sort_keys=(rnd % 2 == 1))
        back = json.loads(text)
        if back != records:
            print("round trip mismatch")
        total += len(text)
    pretty = json.dumps(records[:50], indent=2)
    print("chars", total, "pretty", len(pretty), "lines", pretty.count("\n"))
    print(json.dumps(records[3], sort_keys=True))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 16000)
