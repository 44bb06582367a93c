class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area():.2f}"
    def area(self):
        raise NotImplementedError("subclass must implement area")
class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return 0.5 * self.b * self.h
for sh in [Square(2), Triangle(3, 4)]:
    print(sh.describe(), isinstance(sh, Shape), issubclass(type(sh), Square))
Shape().describe()
