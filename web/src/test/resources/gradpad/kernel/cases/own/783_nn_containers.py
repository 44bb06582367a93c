# nn.ParameterList and nn.ModuleDict: reprs (ParameterList's extra_repr), named_parameters, list/dict methods, errors.
import torch
import torch.nn as nn
torch.manual_seed(0)
pl = nn.ParameterList([nn.Parameter(torch.ones(3)), nn.Parameter(torch.zeros(2, 2))])
pl.append(nn.Parameter(torch.randn(1)))
print(pl)
print(len(pl), pl[0], pl[-1].shape, [n for n, _ in pl.named_parameters()])
for p in pl:
    print(p.shape)
one = nn.ParameterList([nn.Parameter(torch.ones(1))])
print(one, nn.ParameterList())
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.ps = nn.ParameterList([nn.Parameter(torch.full((2,), float(i))) for i in range(3)])
        self.heads = nn.ModuleDict({'a': nn.Linear(2, 2), 'b': nn.ReLU()})
    def forward(self, x):
        for p in self.ps:
            x = x * p
        return self.heads['b'](self.heads['a'](x))
m = M()
print(m)
print([n for n, _ in m.named_parameters()])
print(m(torch.ones(1, 2)).shape, sum(p.numel() for p in m.parameters()))
md = nn.ModuleDict({'lin': nn.Linear(3, 1)})
md['act'] = nn.Tanh()
md.update({'drop': nn.Dropout(0.5)})
print(md, len(md), list(md.keys()), 'act' in md, 'x' in md)
for k in md:
    print(k)
for k, v in md.items():
    print(k, v)
print(list(md.values())[1], md.pop('drop'), list(md.keys()))
del md['act']
print(md, nn.ModuleDict())
try:
    md['zz']
except Exception as e:
    print(type(e).__name__, e)
try:
    pl[5]
except Exception as e:
    print(type(e).__name__, e)
