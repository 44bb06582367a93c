import torch
from torch.distributions import Bernoulli, Uniform

torch.manual_seed(0)
b = Bernoulli(torch.tensor([0.1, 0.5, 0.9]))
print(b, b.batch_shape)
print(b.sample(), b.sample((2,)))
print(b.log_prob(torch.tensor([0.0, 1.0, 1.0])))
print(b.entropy(), b.mean, b.variance)
print(b.logits)
print(b)
p = torch.tensor([0.3, 0.7], requires_grad=True)
bp = Bernoulli(probs=p)
lp = bp.log_prob(torch.tensor([1.0, 0.0]))
print(lp, lp.grad_fn)
lg = torch.tensor([0.0, 2.0], requires_grad=True)
bl = Bernoulli(logits=lg)
print(bl, bl.probs)
ent = bl.entropy()
print(ent, ent.grad_fn)
ent.sum().backward()
print(lg.grad)
print(Bernoulli(0.3), Bernoulli(0.3).sample())
try:
    Bernoulli(torch.tensor([1.5]))
except ValueError as err:
    print(err)
try:
    b.log_prob(torch.tensor([0.5, 1.0, 0.0]))
except ValueError as err:
    print(err)
try:
    Bernoulli(probs=0.5, logits=0.0)
except ValueError as err:
    print(err)

u = Uniform(torch.tensor([0.0, 1.0]), torch.tensor([2.0, 4.0]))
print(u, u.batch_shape)
print(u.sample(), u.sample((3,)))
print(u.log_prob(torch.tensor([1.0, 2.0])))
print(u.entropy(), u.mean, u.stddev, u.variance)
low = torch.tensor(0.0, requires_grad=True)
high = torch.tensor(3.0, requires_grad=True)
uu = Uniform(low, high)
print(uu)
r = uu.rsample((4,))
print(r, r.grad_fn)
r.sum().backward()
print(low.grad, high.grad)
print(Uniform(0.0, 1.0).sample((2,)))
try:
    Uniform(1.0, 0.0)
except ValueError as err:
    print(err)

# Gradients of log_prob through probs= (log1p's backward).
p = torch.tensor([0.3, 0.6], requires_grad=True)
lp = Bernoulli(probs=p).log_prob(torch.tensor([1.0, 0.0]))
lp.sum().backward()
print(lp, p.grad)
