# 2.11: ValueError: only one element tensors can be converted to Python scalars => RuntimeError: a Tensor with 3 elements cannot be converted to Scalar
import torch
x = torch.tensor([1.0, 2.0, 3.0])
print(x.sum().item())
x.item()
