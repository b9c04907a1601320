# a helper module that imports another helper module
import _chain_a
print(_chain_a.value())
print(_chain_a._chain_b.base_value)
import _chain_b
print(_chain_b is _chain_a._chain_b)
_chain_b.base_value = 1
print(_chain_a.value(), _chain_a.base_value)
