# F.l1_loss / smooth_l1_loss / huber_loss / binary_cross_entropy and their nn modules: values, grad_fn, grads, errors
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
y = torch.randn(3, 4)
for red in ['mean', 'sum', 'none']:
    for f in [F.l1_loss, F.smooth_l1_loss, lambda a, b, reduction: F.smooth_l1_loss(a, b, reduction=reduction, beta=0.5),
              F.huber_loss, lambda a, b, reduction: F.huber_loss(a, b, reduction=reduction, delta=0.3)]:
        loss = f(x, y, reduction=red)
        print(loss)
        x.grad = None
        loss.sum().backward()
        print(x.grad)
p = torch.sigmoid(torch.randn(2, 3)).requires_grad_()
t = torch.rand(2, 3)
for red in ['mean', 'sum', 'none']:
    loss = F.binary_cross_entropy(p, t, reduction=red)
    print(loss)
    p.grad = None
    loss.sum().backward()
    print(p.grad)
w = torch.tensor([0.5, 1.0, 2.0])
print(F.binary_cross_entropy(p, t, weight=w), nn.BCELoss(weight=w, reduction='sum')(p, t))
tt = t.clone().requires_grad_()
F.binary_cross_entropy(p, tt).backward()
print(tt.grad)
print(nn.L1Loss(), nn.SmoothL1Loss(beta=0.5), nn.HuberLoss(delta=2.0), nn.BCELoss(), nn.L1Loss(reduction='sum'))
print(nn.L1Loss()(x, y), nn.SmoothL1Loss(beta=0.5)(x, y), nn.HuberLoss(delta=2.0)(x * 3, y), nn.BCELoss()(p, t))
print(F.smooth_l1_loss(x, y, beta=0.0))
d = torch.tensor([0.2, -1.3, 0.9], dtype=torch.float64, requires_grad=True)
e = torch.tensor([0.0, 0.5, 0.1], dtype=torch.float64)
for f in [F.smooth_l1_loss, F.huber_loss]:
    (g,) = torch.autograd.grad(f(d * 2, e), d, create_graph=True)
    (h,) = torch.autograd.grad((g * g).sum(), d)
    print(g, h)
q = torch.tensor([0.3, 0.6, 0.9], dtype=torch.float64, requires_grad=True)
(g,) = torch.autograd.grad(F.binary_cross_entropy(q, e), q, create_graph=True)
print(g, torch.autograd.grad(g.sum(), q)[0])
print(F.l1_loss(torch.ones(2, 3), torch.zeros(3)))
print(F.l1_loss(torch.tensor([1., 2.]), torch.tensor([0, 5])))
for bad in [lambda: F.binary_cross_entropy(torch.tensor([0.5, 1.5]), torch.tensor([1., 0.])),
            lambda: F.binary_cross_entropy(torch.tensor([0.5, 0.2]), torch.tensor([1.])),
            lambda: F.binary_cross_entropy(torch.tensor([0.5, 0.2]), torch.tensor([1, 0])),
            lambda: F.smooth_l1_loss(x, y, beta=-1.0), lambda: F.huber_loss(x, y, delta=0.0),
            lambda: F.l1_loss(x, y, reduction='avg'), lambda: F.huber_loss(torch.tensor([1, 2]), torch.tensor([1, 3])),
            lambda: F.l1_loss(torch.tensor([1, 2]), torch.tensor([1, 3]))]:
    try:
        bad()
    except (RuntimeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
nn.L1Loss()(torch.ones(2), torch.ones(3))
