pairs = list(zip(range(3), "abcd"))
print(pairs)
print(dict(enumerate("xy")))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
letters = ["a", "b"]
for idx, (l, n) in enumerate(zip(letters, [1, 2])):
    print(idx, l, n)
