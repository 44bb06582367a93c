width = 8
prec = 3
x = 3.14159265
print(f"{x:{width}.{prec}f}|")
print(f"{x:>{width}}|")
print(f"[{'hi':{width}}]")
items = [1.5, 22.25, 333.125]
for v in items:
    print(f"{v:{width}.2f}")
print(f"{x=}")
print(f"{x = :.2f}")
print(f"{len(items)} items, sum={sum(items):.1f}")
