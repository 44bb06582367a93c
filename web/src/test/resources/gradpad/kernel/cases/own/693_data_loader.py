# torch.utils.data: TensorDataset, DataLoader (batches, seeded shuffles, drop_last, a
# generator, dict/tuple/number samples, collate_fn, batch_size=None), random_split, Subset, and
# the default generator's state after each (PyTorch draws a base seed per epoch).
# 2.11: NotImplementedError() => NotImplementedError('Subclasses of Dataset should implement __getitem__.')
import torch
from torch.utils.data import TensorDataset, DataLoader, Dataset, random_split, Subset

torch.manual_seed(0)
X = torch.arange(10.).reshape(10, 1)
y = torch.arange(10)
ds = TensorDataset(X, y)
print(len(ds), ds[3])
loader = DataLoader(ds, batch_size=4)
print(len(loader))
for xb, yb in loader:
    print(xb.flatten(), yb)
loader = DataLoader(ds, batch_size=3, shuffle=True)
for epoch in range(2):
    for xb, yb in loader:
        print(epoch, yb)
print(torch.randn(2))
loader = DataLoader(ds, batch_size=4, shuffle=True, drop_last=True)
print(len(loader), [yb.tolist() for _, yb in loader])
print(torch.randn(2))
g = torch.Generator().manual_seed(42)
loader = DataLoader(ds, batch_size=5, shuffle=True, generator=g)
print([yb.tolist() for _, yb in loader], [yb.tolist() for _, yb in loader])
print(torch.randn(2))
xb, yb = next(iter(DataLoader(ds, batch_size=2)))
print(xb, yb)

class Squares(Dataset):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return {"x": float(i), "y": i * i, "name": "s" + str(i)}

for batch in DataLoader(Squares(5), batch_size=2):
    print(batch)
for batch in DataLoader(Squares(3), batch_size=None):
    print(batch)
print(list(DataLoader([(1, 2.5), (3, 4.5)], batch_size=2)))
print(list(DataLoader([1, 2, 3], batch_size=2, collate_fn=lambda b: sum(b))))

train, test = random_split(ds, [7, 3])
print(len(train), len(test), train.indices, test.indices, type(train).__name__)
a, b = random_split(range(10), [0.8, 0.2], generator=torch.Generator().manual_seed(1))
print(list(a), list(b))
print(Subset(ds, [1, 2])[1])
print(torch.randn(2))
for bad in [lambda: DataLoader(ds, batch_size=0), lambda: random_split(ds, [5, 6]),
            lambda: TensorDataset(X, torch.zeros(3))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    Dataset()[0]
except NotImplementedError as e:
    print(repr(e))
print(type(loader).__module__, type(ds).__module__)
