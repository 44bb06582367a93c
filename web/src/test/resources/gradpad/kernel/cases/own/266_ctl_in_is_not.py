a = [1, 2, 3]
print(2 in a, 4 not in a, "x" in "xyz", "k" in {"k": 1}, 3 in (1, 2))
b = a
print(b is a, b == a, a[:] is a, a[:] == a)
x = None
print(x is None, x is not None, not x)
print(not 0 == 1, (not 0) == 1)
print(1 in [1.0], True in [1])
