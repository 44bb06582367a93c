xs = [1, 2]
ys = xs
xs += [3]
print(xs, ys, xs is ys)
t = (1,)
u = t
t += (2,)
print(t, u)
d = {"n": 1}
d["n"] += 5
print(d)
m = [[1], [2]]
m[0] += [9]
m[1] *= 2
print(m)
class C:
    pass
c = C()
c.v = 1
c.v += 1
print(c.v)
