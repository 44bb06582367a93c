# torch.save / torch.load: gradpad keeps files in the kernel's memory by name; state_dict round trip,
# snapshots independent of later training, checkpoints of mixed objects, FileNotFoundError.
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
torch.save(model.state_dict(), 'model_weights.pth')
with torch.no_grad():
    model[0].weight.add_(1.0)
print(model[0].weight)
model2 = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
print(model2.load_state_dict(torch.load('model_weights.pth')))
print(model2[0].weight)
model2.load_state_dict(torch.load('model_weights.pth', weights_only=True))
x = torch.randn(4, 3, requires_grad=True)
y = (x * 2).sum(0)
torch.save({'epoch': 5, 'y': y, 'names': ['a', 'b'], 't': (x, 1.5)}, 'ckpt.pt')
ck = torch.load('ckpt.pt')
print(ck['epoch'], ck['names'], ck['y'], ck['y'].requires_grad, ck['y'].grad_fn, ck['t'][0].is_leaf, ck['t'][1])
print(torch.load('ckpt.pt')['y'] is torch.load('ckpt.pt')['y'])
try:
    torch.load('missing.pt')
except FileNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, OSError))
torch.load('nothing_here.pth')
