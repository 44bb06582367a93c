print(True, False, None)
print(type(True).__name__, type(None).__name__)
print(True and False, True or False, not True, not None)
print(bool(0), bool(1), bool(""), bool("x"), bool([]), bool([0]), bool(None), bool(0.0))
print(None is None, None == None, None is not None)
x = None
if x is None:
    print("x is None")
print(True == 1, False == 0, True is True)
print(1 if None else 2)
print(str(True), repr(None), int(True), float(False))
