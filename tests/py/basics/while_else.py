# while loops with else clause, break skipping else
i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)

n = 0
while n < 10:
    if n == 4:
        print("breaking at", n)
        break
    n += 1
else:
    print("not printed")

k = 5
while k > 10:
    print("never")
else:
    print("else ran on zero iterations")
