ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
for name in ["add", "mul", "pow"]:
    f = ops.get(name)
    if f is None:
        print(name, "unknown")
    else:
        print(name, f(3, 4))
