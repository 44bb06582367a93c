class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    def __rmul__(self, k):
        return self * k
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __iter__(self):
        return iter(self.xs)
    def __contains__(self, v):
        return v in self.xs
    def __neg__(self):
        return Vec(*[-a for a in self.xs])
    def __repr__(self):
        return "Vec" + repr(tuple(self.xs))
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a * 3, 2 * a, -a, a == Vec(1, 2), a != b, len(a), a[1], list(a), 2 in a)
print(sum(v for v in b), [x for x in a], a[-1])
