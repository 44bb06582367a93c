a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[-2:1:-2])
print(a[5:2], a[100:], a[:-100])
b = a[:]
b[0] = 99
print(a[0], b[0])
a[2:5] = ["x", "y"]
print(a)
a[::2] = [0] * 5
print(a)
del a[0]
del a[-2:]
print(a)
