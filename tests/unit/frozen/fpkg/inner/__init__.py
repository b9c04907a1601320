from ..sub import double
VALUE = double(21)
