# super().__str__() / __repr__ / __init__ / __eq__ / __setattr__ / __hash__ reach object's and BaseException's
class ShapeError(Exception):
    def __str__(self):
        return "[shape] " + super().__str__()

class Point:
    def __init__(self, x):
        super().__init__()
        self.x = x
    def __repr__(self):
        return "Point" + super().__repr__()[-1:]
    def __eq__(self, other):
        return super().__eq__(other)
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)

class Tag:
    def __str__(self):
        return "Tag:" + super().__str__()[:6]
    def __repr__(self):
        return "R"
    def same_hash(self):
        return super().__hash__() == hash(self)

p = Point(3)
print(p.x, repr(p), p == p, p == 1, p != p, str(Tag()), Tag().same_hash())
print(str(ShapeError("boom")), repr(ShapeError("boom")), str(ShapeError()), str(ShapeError("a", 2)))
class MyErr(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
e = MyErr("bad input", 7)
print(e, e.code, e.args, repr(e))
try:
    object.__init__(p, 1) if False else super(Point, p).__init__(1)
except TypeError as err:
    print("TypeError:", err)
raise ShapeError("expected 3 dims")
