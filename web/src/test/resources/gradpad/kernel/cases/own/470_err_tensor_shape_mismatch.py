import torch
a = torch.ones(2, 3)
b = torch.ones(3, 2)
try:
    a + b
except RuntimeError as e:
    print(e)
try:
    torch.cat([torch.ones(2, 3), torch.ones(2, 2)])
except RuntimeError as e:
    print(e)
a.view(4)
