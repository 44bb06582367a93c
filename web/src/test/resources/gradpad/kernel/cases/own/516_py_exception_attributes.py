try:
    {}["missing"]
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    raise ValueError("bad", 42)
except ValueError as e:
    print(e.args, e.args[1], repr(e))
try:
    int("x")
except ValueError as e:
    print(type(e) is ValueError, isinstance(e, Exception), e.__class__.__name__)
e = RuntimeError("saved")
print(e, repr(e), type(e).__mro__[1].__name__ if hasattr(type(e), "__mro__") else "Exception")
