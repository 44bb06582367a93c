def batches(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]
for b in batches(list(range(7)), 3):
    print(b)
print(list(batches("abcdef", 4)))
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(5)), max(squares(4)))
