# torch.multinomial (exponential race for one sample / no replacement, cumulative search with
# replacement; generator=), Tensor.exponential_, F.one_hot, and their errors.
import torch
torch.manual_seed(0)
p = torch.tensor([0.1, 0.2, 0.3, 0.4])
print(torch.multinomial(p, 1), torch.multinomial(p, 3), torch.multinomial(p, 10, replacement=True))
P = torch.rand(3, 5)
print(torch.multinomial(P, 2), torch.multinomial(P, 6, True), P.multinomial(1))
g = torch.Generator().manual_seed(2147483647)
counts = torch.zeros(4, dtype=torch.long)
for _ in range(200):
    counts[torch.multinomial(p, 1, generator=g).item()] += 1
print(counts)
print(torch.multinomial(p.double(), 4, generator=g), torch.randn(2))
e = torch.empty(6).exponential_(2.0)
print(e, torch.empty(3, dtype=torch.float64).exponential_())
q = torch.ones(2, 3)
print(torch.multinomial(q, 3))
for f in [lambda: torch.multinomial(torch.ones(2,2,2), 1), lambda: torch.multinomial(torch.tensor([1,2]), 1), lambda: torch.multinomial(p, 0),
 lambda: torch.multinomial(p, 5), lambda: torch.multinomial(torch.tensor([0.5,-0.1]), 1), lambda: torch.multinomial(torch.zeros(3), 1),
 lambda: torch.multinomial(torch.tensor([0.5,-0.1]), 3, True), lambda: torch.multinomial(torch.zeros(3), 2, True),
 lambda: torch.multinomial(torch.tensor([1.0, float('inf')]), 2, True), lambda: torch.multinomial(torch.tensor([1.0, float('nan')]), 2, True), lambda: p.multinomial(2, generator=5),
 lambda: torch.empty(3, dtype=torch.long).exponential_(), lambda: torch.empty(2).exponential_(-1.0)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for v in [-0.5, -1e-8, -0.123456789, -1234567.0]:
    try:
        torch.empty(2).exponential_(v)
    except Exception as e:
        print(e)
try:
    torch.normal(0.0, -1.0, size=(2,))
except Exception as e:
    print(e)
import torch.nn.functional as F
print(F.one_hot(torch.tensor([[0, 2], [1, 1]])), F.one_hot(torch.tensor(2), 4), F.one_hot(torch.tensor([], dtype=torch.long), 3).shape)
for f in [lambda: F.one_hot(torch.tensor([1.0])), lambda: F.one_hot(torch.tensor([-1])), lambda: F.one_hot(torch.tensor([3]), 2), lambda: F.one_hot(torch.tensor([], dtype=torch.long)), lambda: F.one_hot(torch.tensor([1], dtype=torch.int32))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
