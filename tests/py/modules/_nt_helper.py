# helper for collections_namedtuple.py: namedtuples made at import time and inside a function
from collections import namedtuple

Rec = namedtuple('Rec', 'a b')


def make():
    return namedtuple('Inner', 'x')
