print(isinstance(3, int), isinstance(True, int), isinstance(3.0, int), isinstance("s", str))
print(isinstance(3, (str, float)), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)), type(3) is int, type(True) is bool, type([]) == list)
print(int, str, type(3), type("x"), type(None), type(len))
class C:
    pass
print(C, type(C()), type(C), isinstance(C, type))
