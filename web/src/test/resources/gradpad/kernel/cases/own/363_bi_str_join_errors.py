print("-".join(["a", "b"]))
print(", ".join(str(i) for i in range(3)))
print(", ".join([1, 2]))
