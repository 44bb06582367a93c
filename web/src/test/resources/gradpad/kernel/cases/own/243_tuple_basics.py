t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t))
single = (5,)
print(single, type(single).__name__, (5), ())
print(t + (4,), t * 2, t.count(2), t.index(3))
x, y, z = t
print(x, y, z)
print(tuple([1, 2]), tuple("ab"), 2 in t)
nested = ((1, 2), (3, 4))
for a, b in nested:
    print(a * b)
print(hash((1, 2)) == hash((1, 2)))
