# float % and // are exact (C's fmod underneath), also for large quotients, tiny values and infinities
import math
import torch
vals = [(1e20, 3.0), (0.3, 0.1), (-7.5, 2.0), (7.5, -2.0), (1e300, 1e-300), (5e-324, 3e-324), (-0.0, 1.0),
        (2.5, float("inf")), (-2.5, float("inf")), (123456789.123, 0.001)]
for a, b in vals:
    print(a % b, a // b, divmod(a, b))
for a, b in [(1.0, 0.0), (float("inf"), 2.0)]:
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(float("inf") % 2.0 != float("inf") % 2.0)
t = torch.tensor([1e20, 0.3, -7.5, 1e300, 2.5], dtype=torch.float64)
u = torch.tensor([3.0, 0.1, 2.0, 1e-300, float("inf")], dtype=torch.float64)
print(t.fmod(u).tolist(), t.remainder(u).tolist(), (t % u).tolist())
print(torch.tensor([1e20, 0.3, -7.5], dtype=torch.float32).fmod(3).tolist())
