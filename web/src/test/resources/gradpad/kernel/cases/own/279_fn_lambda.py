square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(4), add(1), add(1, 2), (lambda: "no args")())
print(sorted([3, -1, 2], key=lambda v: abs(v)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, lambda x: x + 1)(3))
print(square.__name__, (lambda *a, **k: (a, k))(1, b=2))
