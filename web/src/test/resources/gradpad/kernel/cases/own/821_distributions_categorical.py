import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(0)
c = Categorical(probs=torch.tensor([0.2, 0.3, 0.5]))
print(c)
print(c.batch_shape, c.event_shape, c.param_shape)
print(c.probs, c.logits)
print(c)
print(c.sample())
torch.manual_seed(2)
print(c.sample((5,)), c.sample((2, 3)))
print(c.log_prob(torch.tensor([0, 2, 1])))
print(c.entropy())
print(c.mean, c.variance, c.mode)

c2 = Categorical(torch.tensor([[1.0, 3.0], [2.0, 2.0]]))
print(c2, c2.probs)
torch.manual_seed(3)
print(c2.sample((4,)), c2.sample((2,)))
print(c2.log_prob(torch.tensor([1, 0])), c2.log_prob(torch.tensor(1)))
print(c2.entropy())

logits = torch.tensor([[0.5, -1.0, 2.0], [0.0, 0.1, 0.2]], requires_grad=True)
cl = Categorical(logits=logits)
print(cl)
print(cl.logits)
print(cl.probs)
torch.manual_seed(4)
a = cl.sample()
print(a)
lp = cl.log_prob(a)
print(lp, lp.grad_fn)
print(cl.entropy(), cl.entropy().grad_fn)

# REINFORCE-style update
torch.manual_seed(1)
policy = nn.Linear(4, 3)
states = torch.randn(5, 4)
dist = Categorical(logits=policy(states))
actions = torch.tensor([1, 0, 2, 1, 1])  # fixed: the race's exponential_ draws differ between torch 1.13 and 2.x
returns = torch.tensor([1.0, -0.5, 2.0, 0.0, 1.5])
loss = -(dist.log_prob(actions) * returns).sum()
print(actions, loss)
loss.backward()
print(policy.weight.grad)
print(policy.bias.grad)
probs = torch.softmax(policy(states), dim=-1)
d2 = Categorical(probs)
ent = d2.entropy().mean()
ent.backward()
print(ent, ent.grad_fn, policy.bias.grad)

try:
    Categorical()
except ValueError as err:
    print(err)
try:
    Categorical(probs=torch.tensor(0.5))
except ValueError as err:
    print(err)
try:
    Categorical(probs=torch.tensor([0.5, -0.1]))
except ValueError as err:
    print(err)
try:
    c.log_prob(torch.tensor([3]))
except ValueError as err:
    print(err)
try:
    Categorical(logits=torch.tensor([0.0, float('nan')]))
except ValueError as err:
    print(err)
