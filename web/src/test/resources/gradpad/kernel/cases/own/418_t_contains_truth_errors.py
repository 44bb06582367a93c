import torch
x = torch.tensor([1.0, 2.0])
print(2.0 in x, 5 in x)
if x.sum() > 2:
    print("sum > 2")
bool(x)
