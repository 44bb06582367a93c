# torch.Tensor(...) and friends, as micrograd's README and old tutorials use them
import torch
x = torch.Tensor([-4.0]).double()
x.requires_grad = True
z = 2 * x + 2 + x
q = z.relu() + z * x
h = (z * z).relu()
y = h + q + q * x
y.backward()
print(y.data.item(), x.grad.item())
print(torch.Tensor([[1, 2], [3, 4]]), torch.Tensor(2, 3).shape, torch.Tensor(), torch.Tensor(torch.tensor([1, 2])))
print(torch.Tensor((1, 2.5)), torch.FloatTensor([1, 2]), torch.LongTensor([1, 2]), torch.DoubleTensor([0.5]))
print(isinstance(x, torch.Tensor), type(torch.Tensor([1.])).__name__)
a = torch.tensor([1., 2.])
print(torch.Tensor(a) is a)
