data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long list", n)
total = 0
def add(v):
    global total
    total += v
    return total
print([add(v) for v in data], total)
while (item := data.pop()) != 8:
    print("popped", item)
print(data, item)
