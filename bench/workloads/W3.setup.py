import torch
torch.manual_seed(0)
X = torch.randn(256, 64)
Y = torch.randn(256, 10)
W1 = (torch.randn(64, 256) * 0.1).requires_grad_()
b1 = torch.zeros(256, requires_grad=True)
W2 = (torch.randn(256, 10) * 0.1).requires_grad_()
b2 = torch.zeros(10, requires_grad=True)
lr = 0.01
