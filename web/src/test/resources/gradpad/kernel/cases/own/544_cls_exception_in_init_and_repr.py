class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.v = v
try:
    Strict(-1)
except ValueError as e:
    print("rejected:", e)
class BadRepr:
    def __repr__(self):
        return 42
try:
    print(repr(BadRepr()))
except TypeError as e:
    print("TypeError:", e)
class NoStr:
    def __str__(self):
        raise RuntimeError("no str")
try:
    print(NoStr())
except RuntimeError as e:
    print("RuntimeError:", e)
print(Strict(3).v)
