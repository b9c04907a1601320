# TabError: spaces then a tab in the same block
if True:
        x = 1
	y = 2
