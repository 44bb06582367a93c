import torch
x = torch.tensor([0.25, 1.0, 3.0])
print(x.sqrt(), x.log(), x.exp(), x.abs(), x.neg(), x.reciprocal(), x.square())
print(torch.sqrt(x), torch.exp(torch.tensor(0.0)), torch.log(torch.tensor([1.0])))
print(x.sigmoid(), x.tanh(), torch.relu(x - 1), x.clamp(0.5, 2.0), x.clamp(min=1.0))
print(x.sin(), x.cos(), x.pow(2), torch.pow(x, 0.5), x.sign(), x.floor(), x.ceil(), x.round())
