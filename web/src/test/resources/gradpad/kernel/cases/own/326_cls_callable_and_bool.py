class Linear:
    def __init__(self, w, b):
        self.w, self.b = w, b
    def __call__(self, x):
        return self.w * x + self.b
f = Linear(2, 1)
print(f(3), [f(x) for x in range(3)], callable(f))
class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
print(bool(Empty()), bool(Falsy()), "yes" if Empty() else "no", not Falsy())
