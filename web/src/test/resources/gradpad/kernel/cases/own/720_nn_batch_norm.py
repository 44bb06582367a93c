# nn.BatchNorm1d / F.batch_norm: batch statistics, running stats, eval mode, buffers, errors
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_num_threads(1)
print(torch.get_num_threads())
torch.manual_seed(0)
bn = nn.BatchNorm1d(3)
print(bn)
print(list(bn.state_dict().keys()))
print([n for n, _ in bn.named_parameters()], [n for n, _ in bn.named_buffers()])
x = (torch.randn(6, 3) * 2 + 1).requires_grad_()
y = bn(x)
print(y.tolist())
print(y.grad_fn.name())
(y * torch.arange(18.).view(6, 3)).sum().backward()
print(x.grad)
print(bn.weight.grad, bn.bias.grad)
print(bn.running_mean.tolist(), bn.running_var.tolist(), bn.num_batches_tracked)
for _ in range(3):
    bn(torch.randn(5, 3) * 3 - 1)
print(bn.running_mean.tolist(), bn.running_var.tolist(), bn.num_batches_tracked)
bn.eval()
z = torch.randn(4, 3)
print(bn(z).tolist())
bn.train()
x3 = torch.randn(4, 3, 5)
out3 = bn(x3)
print(out3)
print(bn.running_mean, bn.running_var)
m, v = torch.zeros(3), torch.ones(3)
w, b = torch.rand(3) + 0.5, torch.randn(3)
print(F.batch_norm(torch.randn(7, 3), m, v, w, b, training=True, momentum=0.3))
print(m.tolist(), v.tolist())
print(F.batch_norm(torch.randn(2, 3), m, v, w, b))
print(nn.BatchNorm1d(4, eps=1e-3, momentum=None, affine=False), nn.BatchNorm1d(2, track_running_stats=False))
cma = nn.BatchNorm1d(2, momentum=None)
for k in range(3):
    cma(torch.randn(4, 2) + k)
print(cma.running_mean, cma.running_var, cma.num_batches_tracked)
na = nn.BatchNorm1d(3, affine=False)
print(list(na.state_dict().keys()), list(na.parameters()))
print(na(torch.randn(5, 3)))
nt = nn.BatchNorm1d(3, track_running_stats=False)
print(list(nt.state_dict().keys()), nt.running_mean)
nt.eval()
print(nt(torch.randn(4, 3)))
sd = bn.state_dict()
bn2 = nn.BatchNorm1d(3)
print(bn2.load_state_dict(sd))
print(bn2.running_mean.tolist() == bn.running_mean.tolist(), bn2.num_batches_tracked)
d = torch.randn(5, 2, dtype=torch.float64, requires_grad=True)
print(F.batch_norm(d, None, None, training=True))
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 3)
        self.bn = nn.BatchNorm1d(3)
        self.register_buffer("scale", torch.tensor(2.0))
    def forward(self, x):
        return self.bn(self.fc(x)) * self.scale
net = Net()
print(list(net.state_dict().keys()))
print(net)
try:
    bn(torch.randn(1, 3))
except ValueError as e:
    print(e)
try:
    bn(torch.randn(4, 5))
except RuntimeError as e:
    print(e)
bn(torch.randn(2, 3, 4, 5))
