# helper module (not a test): imported by _chain_a
base_value = 4

def extra():
    return 2
