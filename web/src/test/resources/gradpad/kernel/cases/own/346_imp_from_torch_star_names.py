from torch import tensor, zeros, ones, no_grad
x = tensor([1.0, 2.0], requires_grad=True)
with no_grad():
    y = x * 2
print(y, zeros(2), ones(1))
from math import *
print(floor(pi), ceil(e))
