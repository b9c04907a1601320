# A frozen test package (only in the unit tests' frozen table).
from . import sub
from .sub import double
NAME = 'fpkg'
