x = [1, 2]
print(1 is 1, x is not (), x is None, "a" is "a", x is -1)
assert (x, "never fails")
try:
    None()
except TypeError as e:
    print(e)
try:
    5[0]
except TypeError as e:
    print(e)
try:
    [1, 2]["a"]
except TypeError as e:
    print(e)
try:
    (1, 2)(3)
except TypeError as e:
    print(e)
def f():
    return x is 2.5
print(f(), "abc"[1], (1,)[0], {1: 2}["a"] if False else 0, "x"[1.5] if False else 1)
