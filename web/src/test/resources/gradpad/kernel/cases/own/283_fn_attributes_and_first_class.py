def f(x):
    """Doubles."""
    return 2 * x
g = f
print(g(4), g.__name__, f.__doc__, callable(f), callable(3))
funcs = {"double": f, "neg": lambda v: -v}
print({k: fn(5) for k, fn in funcs.items()})
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(len, "abc"))
print(f)
