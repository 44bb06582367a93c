class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __lt__(self, other):
        return self.x < other.x
    def __repr__(self):
        return f"P({self.x})"
print(P(1) == P(1), P(1) != P(2), P(1) in [P(0), P(1)])
print(len({P(1), P(1), P(2)}), {P(3): "three"}[P(3)])
print(sorted([P(3), P(1), P(2)]), max([P(5), P(9)]), min(P(4), P(2)))
