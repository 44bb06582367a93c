def f():
    pass
class A:
    pass
print(repr(f).startswith("<function f at 0x"), A, A(), type(A()), repr(A)[:20])
print(len, print, str.upper if False else "skip", [].append)
print(type(len), type(f), type(A), type(1.5), type(range(3)))
import math
print(repr(math.pi), repr(math)[:20], f.__name__, A.__name__, A.__module__)
