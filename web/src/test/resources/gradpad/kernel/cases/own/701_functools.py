import functools
from functools import reduce, partial, lru_cache, cache, wraps
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [], 7))
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, c=30)
print(p(2), p(2, d=5), p(2, c=0))
print(repr(p), p.func is f, p.args, p.keywords)
q = partial(p, 2); print(q(), q.args, q.func is f)
print(partial(int, base=2)('101'))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
@lru_cache
def sq(x):
    print('computing', x)
    return x * x
print(sq(3), sq(3), sq(4), sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@lru_cache(maxsize=2)
def ident(x):
    print('miss', x); return x
ident(1); ident(2); ident(1); ident(3); ident(2); print(ident.cache_info())
@cache
def g(x, y=1):
    return x + y
print(g(1), g(1, y=2), g(1, y=2), g.cache_info())
print(sq.__name__, fib.__wrapped__.__name__)
def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print('calling', fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@deco
def add(x, y):
    """Add two numbers."""
    return x + y
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
class A:
    @lru_cache(maxsize=None)
    def m(self, x):
        return x * 2
    @deco
    def n(self):
        return 'n'
print(A().m(4), A().n())
print(type(sq).__name__ if False else type(p))
try:
    g([1])
except TypeError as e:
    print('TypeError', e)
try:
    partial()
except TypeError as e:
    print(e)
reduce(lambda a, b: a, [])
