# No "Did you mean" on the last line: Jupyter (IPython) on Python 3.11 prints none (ipython#13445)
class Point:
    def __init__(self):
        self.x_coord = 1
    def norm(self):
        return 0
p = Point()
print(p.x_coord)
p.x_cord
