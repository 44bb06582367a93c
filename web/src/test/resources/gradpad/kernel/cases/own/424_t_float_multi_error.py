import torch
x = torch.tensor([1.0, 2.0])
print(float(x[0]))
float(x)
