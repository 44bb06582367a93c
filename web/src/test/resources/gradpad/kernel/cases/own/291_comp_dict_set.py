words = ["apple", "bob", "kiwi", "apple"]
print({w: len(w) for w in words})
print({i: i ** 2 for i in range(5) if i != 2})
print(sorted({len(w) for w in words}))
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(dict(zip("abc", range(3))))
print({(i, j): i + j for i in range(2) for j in range(2)})
