# cross_entropy / BCE-with-logits targets PyTorch refuses: multi-target, batch mismatch, int32, integer and bool targets
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(4, 3)
for t in [torch.tensor([[0], [1], [2], [1]]), torch.tensor([0, 1, 2]), torch.tensor([[0, 1], [1, 2], [2, 0], [1, 1]]), torch.tensor([0, 1, 2, 1], dtype=torch.int32)]:
    try:
        print(F.cross_entropy(x, t))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for y in [torch.tensor([1, 0, 1, 0]), torch.tensor([True, False, True, False])]:
    try:
        print(F.binary_cross_entropy_with_logits(x[:, 0], y))
    except Exception as e:
        print(type(e).__name__ + ":", e)
    try:
        print(nn.BCEWithLogitsLoss()(x[:, 0], y))
    except Exception as e:
        print(type(e).__name__ + ":", e)
