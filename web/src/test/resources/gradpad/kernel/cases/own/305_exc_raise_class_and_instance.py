try:
    raise ValueError
except ValueError as e:
    print(repr(e), "|" + str(e) + "|")
try:
    raise TypeError("bad type")
except TypeError as e:
    print(repr(e))
e = RuntimeError("stored")
try:
    raise e
except RuntimeError as caught:
    print(caught is e)
print(repr(Exception("a", 1)), str(Exception("a", 1)), str(Exception()))
raise NotImplementedError
