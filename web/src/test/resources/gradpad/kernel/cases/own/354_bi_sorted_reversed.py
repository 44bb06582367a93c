xs = [3, 1, 2]
print(sorted(xs), xs, sorted(xs, reverse=True), list(reversed(xs)))
print(sorted("hello"), sorted({"b": 1, "a": 2}), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([-3, 2, -1], key=abs), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(list(reversed(range(4))), list(reversed("abc")), "".join(reversed("abc")))
print(sorted([1.5, 1, True, 0]))
