# a small state machine: a traffic light and a tokenizer for quoted strings
TRANSITIONS = {
    ("red", "timer"): "green",
    ("green", "timer"): "yellow",
    ("yellow", "timer"): "red",
    ("red", "emergency"): "red",
    ("green", "emergency"): "red",
    ("yellow", "emergency"): "red",
}

class Light:
    def __init__(self):
        self.state = "red"
        self.history = [self.state]
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise KeyError(key)
        self.state = TRANSITIONS[key]
        self.history.append(self.state)
        return self.state

light = Light()
for ev in ["timer", "timer", "emergency", "timer", "timer", "timer", "bogus"]:
    try:
        print(ev, "->", light.fire(ev))
    except KeyError as e:
        print("invalid transition", e)
print(light.history)

def split_args(line):
    state = "space"
    out, cur = [], ""
    for ch in line:
        if state == "space":
            if ch == '"':
                state = "quoted"
            elif ch != " ":
                cur = ch
                state = "word"
        elif state == "word":
            if ch == " ":
                out.append(cur); cur = ""; state = "space"
            else:
                cur += ch
        elif state == "quoted":
            if ch == '"':
                out.append(cur); cur = ""; state = "space"
            else:
                cur += ch
    if state == "quoted":
        raise ValueError("unterminated quote")
    if state == "word":
        out.append(cur)
    return out

for line in ['ls -l  /tmp', 'echo "hello world" done', '"a b" "" c', 'bad "quote']:
    try:
        print(split_args(line))
    except ValueError as e:
        print("error:", e)
