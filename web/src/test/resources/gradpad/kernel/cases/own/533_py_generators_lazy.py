def gen():
    for i in range(3):
        print("producing", i)
        yield i
    print("done producing")
for x in gen():
    print("got", x)
g = gen()
print(g.__class__.__name__ if False else type(g).__name__, next(g), next(g))
print(list(g))
print(next(g, "exhausted"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def evens(n):
    i = 0
    while i < n:
        if i % 2 == 0:
            yield i
        else:
            pass
        i += 1
        if i > 7:
            break
    else:
        yield "while-else"
    return
print(list(evens(6)), list(evens(20)))
def nested():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            if (i + j) % 2:
                continue
            yield (i, j)
print(list(nested()))
def batches(data, n):
    for k in range(0, len(data), n):
        yield data[k:k + n]
import torch
X = torch.arange(10.0)
for b in batches(X, 4):
    print(b, b.sum().item())
print(sum(x * x for x in batches([1, 2, 3], 1) for x in x))
def echo():
    received = yield 1
    print("received", received)
    yield 2
print(list(echo()))
def bad():
    yield 1
    raise ValueError("boom")
g = bad()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
print(next(g, "finished after error"))
