for i, ch in enumerate("abc"):
    print(i, ch, end="; ")
print()
for i, ch in enumerate("ab", start=1):
    print(i, ch, end="; ")
print()
print(list(enumerate([10, 20])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
names, ages = zip(*[("a", 1), ("b", 2)])
print(names, ages)
print(len(range(0, 10, 3)), list(range(10, 0, -3)))
