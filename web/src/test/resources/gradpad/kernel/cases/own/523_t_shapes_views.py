import torch
x = torch.arange(24.0)
print(x.view(2, 3, 4).shape, x.view(-1, 6).shape, x.reshape(4, -1).shape, x.view(2, -1, 3).size())
y = x.view(4, 6)
print(y.t().shape, y.T.shape, y.transpose(0, 1).is_contiguous(), y.is_contiguous(), y.flatten().shape)
print(y.unsqueeze(0).shape, y.unsqueeze(-1).shape, y[None, :, None].shape, y.unsqueeze(1).squeeze().shape)
print(y.sum(0).shape, y.sum(1, keepdim=True).shape, y.mean().shape, y.dim(), y.numel(), y.stride())
print(torch.zeros(1, 3, 1).squeeze().shape, torch.zeros(1, 3, 1).squeeze(0).shape, torch.zeros(2, 1).expand(2, 4).shape)
