pairs = []
for i in range(3):
    for j in range(3):
        if i == j:
            continue
        if j > 1:
            break
        pairs.append((i, j))
print(pairs)
for i in range(3):
    pass
print("i after loop:", i)
for ch in "hi":
    for k in range(2):
        print(ch * (k + 1), end=" ")
print()
