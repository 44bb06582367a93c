# Whole floats beyond the 64-bit range stay whole (is_integer, a negative base's power).
import torch
print((1e20).is_integer(), (-1e300).is_integer(), (2.0 ** 70).is_integer(), (2.5).is_integer(), float("inf").is_integer())
print((-0.5) ** 1e20, (-1.0) ** 1e300, (-1.5) ** 2.0)
print(torch.tensor([1.0, -2.0]) * 1e20, torch.tensor([3, 4]) * 1e20)
print((-2.0) ** 1e20)
