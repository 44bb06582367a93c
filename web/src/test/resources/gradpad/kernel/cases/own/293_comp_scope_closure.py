fs = [lambda: i for i in range(3)]
print([f() for f in fs])
n = 10
print([n + i for i in range(3)])
def f(k):
    return [k * i for i in range(3)]
print(f(2))
print([[y for y in range(x)] for x in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
