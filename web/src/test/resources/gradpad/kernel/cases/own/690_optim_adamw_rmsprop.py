# AdamW and RMSprop train a small model; maximize flips the gradient's sign.
# Printed at 4 decimals: the matmuls' float32 sums differ from BLAS's in the last bits, and
# 2.x moved AdamW's exp_avg and RMSprop's centered grad_avg to lerp_ (1.13 records mul_/add_).
import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(16, 4)
Y = torch.randn(16, 1)

def train(make, steps=8):
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
    opt = make(model.parameters())
    for step in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(X), Y)
        loss.backward()
        opt.step()
    return model, loss

model, loss = train(lambda p: torch.optim.RMSprop(p, lr=0.01))
print("RMSprop", loss, model[2].bias)
model, loss = train(lambda p: torch.optim.RMSprop(p, lr=0.01, momentum=0.9, weight_decay=0.01))
print("RMSprop momentum", loss, model[2].bias)
model, loss = train(lambda p: torch.optim.RMSprop(p, lr=0.01, centered=True, momentum=0.5))
print("RMSprop centered", loss)
model, loss = train(lambda p: torch.optim.AdamW(p, lr=0.01))
print("AdamW", loss)
print(model[2].weight)
model, loss = train(lambda p: torch.optim.AdamW(p, lr=0.05, weight_decay=0.5, amsgrad=True))
print("AdamW amsgrad", loss)
model, loss = train(lambda p: torch.optim.SGD(p, lr=0.01, momentum=0.9, nesterov=True, maximize=True), 3)
print("SGD maximize", loss)
model, loss = train(lambda p: torch.optim.Adam(p, lr=0.01, maximize=True), 3)
print("Adam maximize", loss)
model, loss = train(lambda p: torch.optim.RMSprop(p, maximize=True), 3)
print("RMSprop maximize", loss)

w = torch.zeros(2, requires_grad=True)
opt = torch.optim.AdamW([w])
g = opt.param_groups[0]
print(g['lr'], g['betas'], g['eps'], g['weight_decay'], g['amsgrad'])
opt = torch.optim.RMSprop([w], lr=1)
g = opt.param_groups[0]
print(g['lr'], g['alpha'], g['eps'], g['momentum'], g['centered'], g['weight_decay'])
for bad in [lambda: torch.optim.AdamW([w], lr=-0.1), lambda: torch.optim.AdamW([w], betas=(0.9, 1.0)),
            lambda: torch.optim.RMSprop([w], alpha=-1), lambda: torch.optim.RMSprop([w], momentum=-0.5),
            lambda: torch.optim.RMSprop([w], eps=-1e-8), lambda: torch.optim.SGD([w], lr=0.1, nesterov=True),
            lambda: torch.optim.SGD([w], lr=0.1, momentum=-1)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
torch.optim.AdamW([w], lr=0.1, weight_decay=-1)
