# torch.linspace's exact values: PyTorch fills vectors of 8 floats / 4 doubles from start or end
import math
import torch
for n in [2, 3, 7, 15, 16, 17, 31, 32, 33, 50, 100, 101, 200, 255, 1000, 1001]:
    for dt in [torch.float32, torch.float64]:
        for (a, b) in [(-math.pi, math.pi), (0, 1), (-1, 2.5), (3, -7)]:
            x = torch.linspace(a, b, n, dtype=dt)
            print(n, dt, a, b, repr(sum(v * (i + 1) for i, v in enumerate(x.tolist()))), x.tolist()[n // 2 - 2: n // 2 + 3])
