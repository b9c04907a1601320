# import ... as and from ... import ... as aliases
import _mathutil as mu
from _mathutil import square as sq, cube as cb
print(mu.square(3), sq(4), cb(2))
print(mu.__name__, sq is mu.square)
import sys as system
print(type(system.argv).__name__)
