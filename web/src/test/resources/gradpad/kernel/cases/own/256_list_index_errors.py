xs = [1, 2, 3]
try:
    xs[3]
except IndexError as e:
    print("IndexError:", e)
try:
    xs.pop(10)
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    xs.remove(7)
except ValueError as e:
    print("ValueError:", e)
try:
    xs.index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
print((1, 2)[2])
