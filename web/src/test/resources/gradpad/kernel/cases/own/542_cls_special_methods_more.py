class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, v):
        return v in self.items
    def __iter__(self):
        return iter(self.items)
    def __bool__(self):
        return bool(self.items)
    def __repr__(self):
        return f"Bag({self.items})"
b = Bag(1, 2, 3)
b[0] = 10
del b[1]
print(b, len(b), b[-1], 3 in b, list(b), [x * 2 for x in b], bool(Bag()), sorted(b, reverse=True))
print(b[0:1], sum(b), max(b))
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"Num({self.v})"
print(Num(1) + 2, 3 + Num(4), sum([Num(1), Num(2)]), sorted([Num(3), Num(1)]), min(Num(5), Num(2)))
