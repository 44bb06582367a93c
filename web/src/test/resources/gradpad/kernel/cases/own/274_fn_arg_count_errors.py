def f(a, b):
    return a + b
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=2), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def g(x, y=1, *, z):
    pass
for call in [lambda: g(1), lambda: g(1, 2, 3), lambda: g()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class K:
    def m(self, v):
        return v
try:
    K().m()
except TypeError as e:
    print("TypeError:", e)
try:
    K().m(1, 2)
except TypeError as e:
    print("TypeError:", e)
f(1, 2, 3)
