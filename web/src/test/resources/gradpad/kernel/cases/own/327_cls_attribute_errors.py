class A:
    def __init__(self):
        self.x = 1
a = A()
print(a.x, hasattr(a, "x"), hasattr(a, "y"), getattr(a, "y", "default"))
setattr(a, "y", 5)
print(a.y, getattr(a, "y"))
print(a.__dict__)
a.z
