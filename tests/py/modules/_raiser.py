# helper module (not a test): raises errors from nested functions
def parse(text):
    return int(text)

def parse_all(texts):
    return [parse(t) for t in texts]

def fail(msg):
    raise RuntimeError(msg)
