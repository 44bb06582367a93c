import math
print(hasattr(math, "pi"), hasattr(math, "nope"), getattr(math, "pi"), getattr(math, "nope", None))
print(hasattr("s", "upper"), getattr([1, 2], "count")(1), hasattr(3, "real"))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(range(1)))
print(type(print), type(lambda: 0).__name__, type(type))
print(type(1) == int, type(True) == int, type(None).__name__)
