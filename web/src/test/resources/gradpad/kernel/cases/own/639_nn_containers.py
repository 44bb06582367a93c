# nn.Sequential slicing and assignment; nn.ModuleList in a custom module
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3), nn.Tanh())
print(model[1:], model[:2], model[::2], len(model), model[-1])
head = model[:3]
print(type(head).__name__, head(torch.ones(1, 4)))
model[2] = nn.Linear(8, 5)
print(model, model(torch.ones(1, 4)).shape)
for i, layer in enumerate(model):
    print(i, type(layer).__name__)

class Stack(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(a, b) for a, b in zip(sizes, sizes[1:])])
        self.layers.append(nn.Linear(sizes[-1], 1))
    def forward(self, x):
        for layer in self.layers[:-1]:
            x = torch.relu(layer(x))
        return self.layers[-1](x)

net = Stack([3, 5, 4])
print(net)
print([n for n, _ in net.named_parameters()], len(net.layers), sum(p.numel() for p in net.parameters()))
print(net(torch.ones(2, 3)))
ml = nn.ModuleList()
ml.extend([nn.ReLU(), nn.Tanh()])
print(ml, ml[1:])
try:
    ml(torch.ones(1))
except NotImplementedError as e:
    print("NotImplementedError:", e)
