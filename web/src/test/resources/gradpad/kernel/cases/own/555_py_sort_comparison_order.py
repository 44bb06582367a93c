class K:
    log = []
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        K.log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self):
        return str(self.v)
xs = [K(v) for v in [5, 3, 9, 1, 5, 7, 2, 8, 0, 4]]
print(sorted(xs), K.log)
K.log.clear()
print(sorted(xs, reverse=True), K.log)
print(sorted([3, 1, 2, 1.0, True, 0], reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
for bad in [[3, "a", 1], [1, "a"], ["a", 1], [1, 2, None], [None, 2, 1]]:
    try:
        sorted(bad)
    except TypeError as e:
        print(e)
big = [(i * 7919) % 1000 for i in range(500)]
print(sorted(big) == sorted(big, key=lambda v: v), sorted(big)[:10], sorted(big, reverse=True)[:5])
print(max([1, 5, 3]), min("bca"))
try:
    max(1, "a")
except TypeError as e:
    print(e)
try:
    min([None, 1])
except TypeError as e:
    print(e)
print(12345678901234567.0, 0.1, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e23)
