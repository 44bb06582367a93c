def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    return n, mean, min(xs), max(xs)
n, mean, lo, hi = stats([2, 4, 9])
print(n, mean, lo, hi)
print(stats([1]))
def nothing():
    return
def implicit():
    x = 1
print(nothing(), implicit())
def early(x):
    if x < 0:
        return "neg"
    for i in range(10):
        if i == x:
            return i * 2
    return "big"
print(early(-1), early(3), early(50))
