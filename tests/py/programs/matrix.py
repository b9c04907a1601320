# matrix multiply, transpose, identity, power and determinant with lists
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result

def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total

def show(m):
    for row in m:
        print(" ".join("%5d" % v for v in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(a, b))
print(transpose(a))
fib = mat_pow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
m = [[i * 4 + j for j in range(4)] for i in range(4)]
show(m)
print(det(m), [m[i][i] for i in range(4)], sum(map(sum, m)))
print(mat_mul(identity(2), [[5, 6], [7, 8]]) == [[5, 6], [7, 8]])
