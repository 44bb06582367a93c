x = 10.0
for i in range(10):
    x = x ** 2
print(x)
print(2.0 ** 10000)
