# next() on a class with __next__, math.isclose with infinities, 3-argument pow,
# list/tuple.index(x, start, stop), str.splitlines(keepends), `in` on a non-container
import math
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(2)
print(next(c), next(c), next(c, "done"), list(Countdown(3)))
print(math.isclose(0, float("inf")), math.isclose(float("inf"), float("inf")), math.isclose(1e308, float("inf")),
      math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.2))
print(pow(3, -1, 7), pow(2, 10, 1000), pow(3, 2, -7), pow(3, 0, -7), pow(5, 0, 1), pow(-2, 3, 5),
      pow(123456789, 987654321, 2**61 - 1), pow(38, -1, 97))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print([1, 2, 1].index(1, 1), [1, 2, 3, 2].index(2, -2), (5, 6, 5).index(5, 1, 3))
try:
    [1, 2, 3].index(2, 0, 1)
except ValueError as e:
    print("ValueError:", e)
print("a\nb\r\nc\rd".splitlines(), "a\nb\r\nc\rd\n".splitlines(True), "x\x0by\x1cz".splitlines(), "".splitlines())
for container in [10, None]:
    try:
        print(5 in container)
    except TypeError as e:
        print("TypeError:", e)
