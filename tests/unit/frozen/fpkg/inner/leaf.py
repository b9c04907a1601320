from .. import NAME
LEAF = NAME + '.inner.leaf'
