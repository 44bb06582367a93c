a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
h = i = 0
print(h, i)
p, q = {"k1": 1, "k2": 2}
print(p, q)
