# nn.LeakyReLU / F.leaky_relu with LeakyReluBackward0; torch.inference_mode; set_detect_anomaly accepted
import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 3.0], requires_grad=True)
y = F.leaky_relu(x)
print(y)
y.sum().backward()
print(x.grad)
act = nn.LeakyReLU(0.2)
print(act, nn.LeakyReLU(), nn.LeakyReLU(0.1, inplace=True), nn.Sequential(nn.Linear(2, 2), nn.LeakyReLU(0.3)))
x.grad = None
z = act(x * 3)
(z * torch.arange(5.)).sum().backward()
print(z, x.grad)
d = torch.tensor([-1.5, 2.5], dtype=torch.float64, requires_grad=True)
print(F.leaky_relu(d, negative_slope=0.25))
(g,) = torch.autograd.grad(F.leaky_relu(d, 0.25).sum(), d, create_graph=True)
print(g)
with torch.inference_mode():
    w = x * 2
print(w.requires_grad, torch.is_grad_enabled())
torch.autograd.set_detect_anomaly(True)
print(F.leaky_relu(torch.tensor([-1, 2]).float(), 0.5))
