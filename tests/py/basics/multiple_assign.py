# chained assignment and evaluation order of targets
a = b = c = 7
print(a, b, c)
x = y = []
x.append(1)
print(y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
p = q = "s"
q += "t"
print(p, q)
m, n = n2, m2 = 1, 2
print(m, n, n2, m2)
