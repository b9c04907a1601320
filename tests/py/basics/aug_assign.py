# augmented assignment with every operator
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x /= 2; print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 0b0001; print(y)
y ^= 0b1111; print(y)
y <<= 3; print(y)
y >>= 2; print(y)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"k": 1}
d["k"] += 41
print(d)
