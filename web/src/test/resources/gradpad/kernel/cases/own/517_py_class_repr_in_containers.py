class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
pts = [Point(1, 2), Point(3, 4)]
print(pts, {"origin": Point(0, 0)}, (Point(5, 6),))
print(pts[0] + pts[1], Point(1, 2) in pts, pts.index(Point(3, 4)), pts.count(Point(1, 2)))
print(f"{pts[0]}", "%s" % pts[1], str(pts))
