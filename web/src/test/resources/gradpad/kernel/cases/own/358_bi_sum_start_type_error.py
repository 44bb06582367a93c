print(sum([1, 2], 0.5))
print(sum(["a", "b"], ""))
