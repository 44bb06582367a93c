xs = [1, 2, 3]
for x in xs:
    x *= 10
print(xs)
for i in range(len(xs)):
    xs[i] *= 10
print(xs)
d = {"a": 1, "b": 2}
for k in list(d):
    if k == "a":
        del d[k]
print(d)
r = range(3)
for i in r:
    i = 100
print(i)
