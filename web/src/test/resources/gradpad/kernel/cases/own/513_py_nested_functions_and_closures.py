def make_adder(n):
    def adder(x):
        return x + n
    adder.__name__
    return adder
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1), add5.__name__, add5.__qualname__)
def counter():
    counts = {}
    def record(k):
        counts[k] = counts.get(k, 0) + 1
        return counts
    return record
r = counter()
r("a"); r("b")
print(r("a"))
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    mid()
    return x
print(outer())
