# TabError: a block indented with a tab, then with spaces (CPython draws no caret)
if True:
	x = 1
        y = 2
