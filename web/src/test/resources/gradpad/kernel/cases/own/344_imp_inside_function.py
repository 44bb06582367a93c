def f():
    import math
    from math import floor
    return math.ceil(1.2), floor(1.8)
print(f())
try:
    print(math.pi)
except NameError as e:
    print("NameError:", e)
import math, torch
print(math.tau > 6, type(torch).__name__, type(math).__name__)
