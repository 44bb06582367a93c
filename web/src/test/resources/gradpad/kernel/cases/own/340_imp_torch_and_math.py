import torch
import math
print(math.pi, math.sqrt(16), torch.tensor([1.0]).shape)
import math as m
print(m.e, m.floor(2.7))
from math import sqrt, pi as PI
print(sqrt(2), PI)
from torch import tensor
print(tensor([1, 2]))
import torch as th
print(th.zeros(2), th is torch)
