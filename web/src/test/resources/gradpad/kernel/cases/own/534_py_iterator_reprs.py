it = iter([1])
print(it)
print(map(abs, [1]))
print((x for x in [1]))
