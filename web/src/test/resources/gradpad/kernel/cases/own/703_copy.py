# 2.11: Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at the moment => Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at the moment.  If you were attempting to deepcopy a module, this may be because of a torch.nn.utils.weight_norm usage, see https://github.com/pytorch/pytorch/pull/103001
import copy
import torch
import torch.nn as nn
a = [[1, 2], [3, 4]]
s = copy.copy(a); d = copy.deepcopy(a)
a[0].append(9)
print(s, d, s is a, s[0] is a[0], d[0] is a[0])
cfg = {'lr': 0.1, 'layers': [8, 4], 't': (1, [2])}
c = copy.deepcopy(cfg); c['layers'].append(2); c['t'][1].append(3); print(cfg, c)
tup = (1, 2, 'x'); print(copy.deepcopy(tup) is tup, copy.copy({1, 2}))
class Cfg:
    def __init__(self):
        self.items = [1]
x = Cfg(); y = copy.copy(x); z = copy.deepcopy(x); x.items.append(2)
print(y.items, z.items, type(z).__name__, z is x)
t = torch.tensor([1., 2.], requires_grad=True)
t2 = copy.deepcopy(t); print(t2, t2.requires_grad, t2.is_leaf, t2 is t)
(t * 3).sum().backward(); print(copy.deepcopy(t).grad)
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
best = copy.deepcopy(model)
with torch.no_grad():
    model[0].weight.fill_(1.0)
print(best[0].weight is not model[0].weight, torch.equal(best[0].weight, model[0].weight))
print(best)
print([p.requires_grad for p in best.parameters()], type(best[0].weight))
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)
        self.name = 'net'
    def forward(self, x):
        return self.fc(x)
n = Net(); m = copy.deepcopy(n)
print(m.name, torch.equal(m.fc.weight, n.fc.weight), m.fc.weight is n.fc.weight, m(torch.ones(1, 2)).shape)
sd = copy.deepcopy(n.state_dict()); print(type(sd), list(sd))
y = t * 2
copy.deepcopy(y)
