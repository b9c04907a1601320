# helper module (not a test): imports another helper module
import _chain_b
from _chain_b import base_value

def value():
    return base_value * 10 + _chain_b.extra()
