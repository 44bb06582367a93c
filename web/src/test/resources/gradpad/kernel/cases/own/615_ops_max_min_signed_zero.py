# max()/min() over a whole tensor whose extreme is a zero: PyTorch's vector lanes decide its sign.
import torch
pats = [[-0.0, 0.0], [0.0, -0.0], [0.0] * 8 + [-0.0] * 8, [-0.0] * 8 + [0.0] * 8, [0.0, -0.0] * 8,
        [0.0] * 7 + [-0.0], [0.0] * 17 + [-0.0], [-0.0] * 3 + [0.0] + [-0.0] * 40, [0.0] + [-0.0] * 40,
        [-1.0, 0.0, -0.0, -1.0, -0.0, 0.0, -1.0, -1.0, 0.0, -0.0, -0.0], [-0.0, -1.0, 0.0, -1.0, -1.0] * 5]
for v in pats:
    x = torch.tensor(v)
    d = x.double()
    print(len(v), x.max().item(), x.min().item(), (-x).max().item(), d.max().item(), d.min().item(), (-d).min().item())
print(torch.tensor([-0.0, 0.0, 1.0]).max(), torch.tensor([0.0, -0.0]).min(), torch.tensor([3.0, 3.0]).max())
