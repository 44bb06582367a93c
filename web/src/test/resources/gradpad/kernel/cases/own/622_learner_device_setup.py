# The device lines tutorials start with, on a machine without CUDA
import torch
# 2.11: fpga, ort, xla, lazy, vulkan, mps, meta, hpu, privateuseone => fpga, maia, xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone
import torch.nn as nn
device = "cuda" if torch.cuda.is_available() else "cpu"
print(f"Using {device} device")
print(torch.cuda.is_available(), torch.cuda.device_count(), torch.backends.mps.is_available())
torch.backends.cudnn.deterministic = True
torch.backends.cudnn.benchmark = False
torch.cuda.manual_seed_all(0)
torch.manual_seed(0)
model = nn.Linear(2, 1).to(device)
x = torch.ones(1, 2).to(device)
print(model(x))
print(torch.device("cpu"), torch.device("cuda"), torch.device("cuda:1"), torch.device("cuda", 0))
print(str(torch.device("cuda:1")), torch.device("cuda:1").type, torch.device("cuda:1").index, torch.device("cpu").index)
print(x.device, x.device.type, x.is_cuda, x.to("cpu", torch.float64), x.to(device="cpu", dtype=torch.int64))
print(x.to(torch.ones(1, dtype=torch.float16)), x.to(torch.device("cpu")).dtype)
y = x.to(copy=True)
print(y is x, x.to(torch.float32) is x)
for attempt in [lambda: x.to("cuda"), lambda: x.cuda(), lambda: model.to("cuda"), lambda: x.to(torch.device("cuda:0"))]:
    try:
        attempt()
    except AssertionError as e:
        print("AssertionError:", e)
torch.device("gpu")
