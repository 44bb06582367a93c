class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
class W(V):
    def __str__(self):
        return f"<{self.x}, {self.y}>"
v = V(1, 2)
w = W(3, 4)
print(v, repr(v), str(v), [v])
print(w, repr(w), [w], f"{w}", f"{w!r}")
print("%s %r" % (w, w))
class Plain:
    pass
print(str(Plain()).startswith("<__main__.Plain object at 0x"))
print(Plain())
