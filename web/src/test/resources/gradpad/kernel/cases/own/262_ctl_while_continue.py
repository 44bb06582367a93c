i = 0
total = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
print(i, total)
n = 3
while n:
    n -= 1
else:
    print("while else, n =", n)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print(count)
