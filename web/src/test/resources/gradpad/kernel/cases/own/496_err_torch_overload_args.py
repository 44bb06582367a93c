import torch
x = torch.ones(2, 3)
try:
    x.sum(1, 2, 3, 4)
except TypeError as e:
    print(str(e).splitlines()[0])
x.transpose(0)
