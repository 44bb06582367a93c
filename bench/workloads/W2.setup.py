import torch
torch.manual_seed(0)
x = torch.randn(1000000)
w = torch.randn(1000000, requires_grad=True)
