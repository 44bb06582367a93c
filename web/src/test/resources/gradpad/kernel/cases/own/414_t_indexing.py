import torch
x = torch.arange(12.0).reshape(3, 4)
print(x[0], x[-1], x[1, 2], x[:, 1], x[1:, :2], x[::2])
print(x[0][1], x[0, 1].item(), x[[0, 2]], x[x > 8])
x[0, 0] = 100
x[1] = torch.tensor([9.0, 9.0, 9.0, 9.0])
x[2, :] = 0
print(x)
print(x[..., 0], x[None].shape, x[:, None, :].shape)
