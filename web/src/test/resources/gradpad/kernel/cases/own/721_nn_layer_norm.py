# nn.LayerNorm / F.layer_norm: values, NativeLayerNormBackward0, grads, reprs, state_dict, errors
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_num_threads(1)
torch.manual_seed(0)
ln = nn.LayerNorm(4)
print(ln, nn.LayerNorm((2, 3), eps=1e-3, elementwise_affine=False), nn.LayerNorm([5]))
print(list(ln.state_dict().keys()), list(nn.LayerNorm(3, elementwise_affine=False).state_dict().keys()))
x = (torch.randn(3, 4) * 2 + 1).requires_grad_()
y = ln(x)
print(y)
out, mean, rstd = torch.native_layer_norm(x.detach(), [4], None, None, 1e-5)
print(mean.tolist(), rstd.tolist())
(y * torch.arange(12.).view(3, 4)).sum().backward()
print(x.grad)
print(ln.weight.grad, ln.bias.grad)
big = torch.randn(2, 300)
o2, m2, r2 = torch.native_layer_norm(big, [300], None, None, 1e-5)
print(m2, r2)  # 2.11 merges Welford chunks with explicit fmadd (1.13 differs in the last bit)
z = torch.randn(2, 2, 3, requires_grad=True)
w = torch.rand(2, 3) + 0.5
b = torch.randn(2, 3)
r = F.layer_norm(z, (2, 3), w, b, eps=1e-3)
print(r)
r.pow(2).sum().backward()
print(z.grad)
d = torch.randn(2, 5, dtype=torch.float64, requires_grad=True)
print(F.layer_norm(d, [5]))
(g,) = torch.autograd.grad(F.layer_norm(d, [5]).pow(3).sum(), d, create_graph=True)
print(g.requires_grad)
try:
    F.layer_norm(torch.randn(2, 3), [4])
except RuntimeError as e:
    print(e)
try:
    F.layer_norm(torch.randn(2, 4), [4], torch.ones(3))
except RuntimeError as e:
    print(e)
