# vars(obj): an instance's attributes as a dict; objects without __dict__ raise CPython's TypeError.
class P:
    def __init__(self):
        self.a = 1
        self.b = [2]
print(vars(P()))
try:
    vars(5)
except TypeError as e:
    print(e)
