data = iter([1, 2, 3])
total = 0
for v in data:
    total += v
print(total, list(data), next(data, None))
next(data)
