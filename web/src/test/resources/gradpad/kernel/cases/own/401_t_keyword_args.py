import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(x.sum(dim=0, keepdim=True))
print(x.sum(1), x.sum(dim=1), torch.sum(x, dim=0), x.sum(0, True))
print(x.mean(dim=1, keepdim=True), x.mean(-1))
print(torch.tensor([1, 2], dtype=torch.float32), torch.zeros(2, dtype=torch.int64))
print(torch.ones(2, requires_grad=True), x.reshape(shape=(4,)) if False else x.reshape(4))
print(x.transpose(0, 1), x.unsqueeze(dim=0).shape, x.view(-1))
