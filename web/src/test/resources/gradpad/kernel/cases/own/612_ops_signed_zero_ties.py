# Ties between -0.0 and 0.0: maximum/minimum give their second operand, clamp keeps the input.
import torch
z = torch.tensor([-0.0, 0.0, -0.0, 0.0, -1.0, 2.0] * 3)
o = torch.zeros(18)
print(z.clamp(min=0.0).tolist())
print(z.clamp(max=-0.0).tolist())
print(torch.maximum(z, o).tolist())
print(torch.maximum(o, z).tolist())
print(torch.minimum(z, o).tolist())
print(torch.minimum(o, z).tolist())
print(z.clamp(-0.0, 0.0).tolist(), z.double().clamp(min=0.0).tolist())
print(torch.maximum(z.double(), o.double()).tolist(), torch.clamp(torch.tensor([-0.0, float("nan")]), min=0.0).tolist())
