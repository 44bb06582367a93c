# The errors of F.conv2d / F.conv1d / nn.Conv2d in PyTorch's words.
import torch, torch.nn as nn, torch.nn.functional as F
w = torch.randn(6, 1, 5, 5)
for bad in [lambda: F.conv2d(torch.randn(1, 3, 32, 32), w), lambda: F.conv2d(torch.randn(1, 1, 2, 2), w),
            lambda: F.conv2d(torch.randn(3, 4), w), lambda: F.conv2d(torch.randn(1, 1, 3, 4, 5), w),
            lambda: F.conv2d(torch.randn(1, 1, 8, 8), torch.randn(6, 1, 5)),
            lambda: F.conv2d(torch.randn(1, 4, 8, 8), torch.randn(3, 2, 3, 3), groups=2),
            lambda: F.conv2d(torch.randn(1, 3, 8, 8), torch.randn(4, 1, 3, 3), groups=2),
            lambda: F.conv2d(torch.randn(1, 1, 8, 8), w, torch.randn(5)),
            lambda: F.conv2d(torch.randn(1, 1, 8, 8), w, stride=0),
            lambda: F.conv2d(torch.randn(1, 1, 8, 8), w, padding=-1),
            lambda: F.conv2d(torch.randn(1, 1, 8, 8), w, padding='same', stride=2),
            lambda: F.conv2d(torch.randn(1, 1, 8, 8), w, padding='foo'),
            lambda: F.conv2d(torch.randn(1, 1, 8, 8), w, stride=(1, 1, 1)),
            lambda: F.conv2d(torch.randn(1, 1, 8, 8), w, torch.randn(6).double()),
            lambda: F.conv1d(torch.randn(8), torch.randn(2, 1, 3)),
            lambda: F.conv1d(torch.randn(1, 1, 2), torch.randn(2, 1, 3)),
            lambda: F.conv1d(torch.randn(1, 2, 8), torch.randn(2, 1, 3)),
            lambda: F.conv2d(torch.randn(1, 1, 4, 4), torch.randn(1, 1, 3, 3), padding=(1, 3)),
            lambda: nn.Conv2d(1, 2, 3, stride=2, padding='same'), lambda: nn.Conv2d(3, 2, 3, groups=2),
            lambda: nn.Conv2d(4, 3, 3, groups=2), lambda: nn.Conv2d(4, 3, 3, groups=0),
            lambda: nn.Conv2d(1, 6, 5)(torch.randn(1, 3, 32, 32)), lambda: nn.Conv2d(1, 6, 5)(torch.randn(1, 1, 4, 4))]:
    try: r = bad(); print(r.shape)
    except Exception as ex: print(type(ex).__name__, ex)
