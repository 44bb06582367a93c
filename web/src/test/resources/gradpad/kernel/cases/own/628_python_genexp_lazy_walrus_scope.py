# generator expressions are lazy; := binds in the enclosing function (comprehensions included)
vals = [4, 2, 0, 5]
print(next(v for v in vals if 10 / v > 4))
def check(x):
    print("checking", x)
    return x > 1
print(any(check(x) for x in [1, 2, 3, 4]))
g = (print("eval", i) or i for i in range(3))
print("created")
print(next(g), list(g))
k = 1
g = (k * i for i in range(3))
k = 10
print(list(g))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
sq = (v * v for v in naturals())
print(next(sq), next(sq), next(sq))
print(next(filter(lambda x: x > 3, naturals())))
print(sum(x * y for x in range(4) for y in range(x) if y % 2 == 0))
gen = (1 / x for x in [1, 0, 2])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(gen))
def h(a):
    if (n := a * 3) > 5:
        return n
    return -n
print(h(3), h(1))
def g2():
    (n := 5)
    return n
print(g2())
def firsts(xs):
    ys = [y for x in xs if (y := x * 2) > 2]
    return ys, y
print(firsts([1, 2, 3]))
print([z for x in [1, 2] if (z := x * 3)], z)
print((lambda: ((w := 5), w))())
try:
    (v for v in 5)
except TypeError as e:
    print("TypeError:", e)
