# Generators that yield inside try/except/else/finally and with blocks: handlers, re-raise, finally on
# return and break, __exit__ seeing and suppressing exceptions, a no_grad block around yields.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen():
    print(v)

def guarded(items):
    for x in items:
        try:
            yield 10 / x
        except ZeroDivisionError as e:
            print("skip", x, e)
            yield None
        else:
            print("ok", x)
        finally:
            print("done", x)
    print("end")
print(list(guarded([1, 0, 2])))

class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.name == "quiet"

def with_gen():
    with Ctx("a") as a, Ctx("b") as b:
        yield a + b
        yield a
    with Ctx("quiet"):
        yield "q"
        raise ValueError("hidden")
    yield "after"
print(list(with_gen()))

def reraiser():
    try:
        yield 1
        raise KeyError("k")
    except KeyError:
        yield 2
        raise
def ret_in_try():
    try:
        yield 1
        return
    finally:
        print("finally on return")
    yield 99
print(list(ret_in_try()))

def break_in_try():
    for i in range(5):
        try:
            if i == 2:
                break
            yield i
        finally:
            print("fin", i)
    yield "loop over"
print(list(break_in_try()))

def nested():
    try:
        try:
            yield 1
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        yield str(e)
    yield 3
print(list(nested()))

import torch
def batches():
    with torch.no_grad():
        for i in range(2):
            yield torch.ones(1, requires_grad=True) * 2
w = torch.ones(1, requires_grad=True)
for t in batches():
    print(t.requires_grad, torch.is_grad_enabled())
print(torch.is_grad_enabled())
g = reraiser()
print(next(g), next(g))
next(g)
