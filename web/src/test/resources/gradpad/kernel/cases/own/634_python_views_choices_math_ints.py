# dict views are set-like; random.choices draw for draw; math.comb/perm/isqrt/lcm
import math
import random
a = {"x": 1, "y": 2}
b = {"y": 0, "x": 5}
print(a.keys() == b.keys(), a.keys() == {"x", "y"}, a.keys() == a.keys(), a.values() == a.values())
print(sorted(a.keys() & {"x", "z"}), sorted(a.keys() | {"z"}), sorted(a.keys() - {"x"}), sorted(a.keys() ^ {"x", "q"}))
print(a.keys() <= {"x", "y", "z"}, a.items() == {("x", 1), ("y", 2)}, sorted(a.items() - {("x", 1)}))
random.seed(3)
print(random.choices(["a", "b", "c"], k=5))
print(random.choices(range(10), weights=[1, 0, 0, 0, 0, 0, 0, 0, 0, 5], k=6))
print(random.choices("xyz", cum_weights=[0.2, 0.2, 1.0], k=4), random.choices([7, 8]), random.random())
for bad in [lambda: random.choices([1, 2], [1]), lambda: random.choices([1, 2], [0, 0]),
            lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]), lambda: random.choices([1, 2], 3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(60, 30), math.perm(5, 2), math.perm(4), math.perm(3, 4))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(2**62 + 12345), math.lcm(4, 6), math.lcm(), math.lcm(0, 3), math.lcm(-4, 6, 10))
for bad in [lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.isqrt(-4)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
