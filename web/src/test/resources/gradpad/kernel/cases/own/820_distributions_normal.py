import torch
from torch.distributions import Normal
import torch.distributions as D

torch.manual_seed(0)
loc = torch.tensor([0.5, -1.0], requires_grad=True)
scale = torch.tensor([1.0, 2.0], requires_grad=True)
d = Normal(loc, scale)
print(d)
print(d.batch_shape, d.event_shape)
print(d.mean, d.stddev, d.variance)
s = d.sample()
print(s, s.requires_grad)
print(d.sample((3,)))
print(d.sample(torch.Size([2, 1])).shape)
r = d.rsample((2,))
print(r)
print(r.grad_fn)
lp = d.log_prob(torch.tensor([0.0, 1.0]))
print(lp)
print(lp.grad_fn)
e = d.entropy()
print(e, e.grad_fn)
(lp.sum() + r.sum() + e.sum()).backward()
print(loc.grad, scale.grad)
print(d.cdf(torch.tensor([0.5, 0.0])))

n = Normal(0.0, 1.0)
print(n, n.batch_shape)
print(n.sample(), n.sample((4,)))
print(n.log_prob(torch.tensor([0.0, 1.5, -2.0])))
print(n.entropy())
print(Normal(torch.tensor([1.0]), 2.0))
print(Normal(torch.zeros(2, 3), 1.0).sample().shape)
print(Normal(torch.tensor([0.0, 1.0]), torch.ones(3, 2)).batch_shape)

# VAE-style KL
mu = torch.tensor([[0.1, -0.2], [0.3, 0.0]], requires_grad=True)
sigma = torch.tensor([[1.2, 0.8], [0.5, 1.0]], requires_grad=True)
q = Normal(mu, sigma)
p = Normal(torch.zeros_like(mu), torch.ones_like(sigma))
kl = D.kl_divergence(q, p)
print(kl)
print(kl.grad_fn)
kl.sum().backward()
print(mu.grad, sigma.grad)
print(torch.distributions.kl_divergence(p, q).sum())

try:
    Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, -1.0]))
except ValueError as err:
    print(err)
try:
    Normal(0.0, 0.0)
except ValueError as err:
    print(err)
print(Normal(0.0, -1.0, validate_args=False))
try:
    Normal(torch.tensor([0.0, 1.0]), 1.0).log_prob(torch.tensor([float('nan'), 1.0]))
except ValueError as err:
    print(err)
try:
    Normal(torch.tensor([0.0, 1.0]), 1.0).log_prob(torch.zeros(3))
except ValueError as err:
    print(err)
try:
    n.log_prob(1.0)
except ValueError as err:
    print(err)
