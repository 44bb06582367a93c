def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return str(result).upper() + "!"
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("world"))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())
def trace(fn):
    def w(x):
        print("calling", fn.__name__, x)
        return fn(x)
    return w
@trace
@trace
def inc(x):
    return x + 1
print(inc(1))
