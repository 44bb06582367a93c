"""Module docstring: ignored when run."""
def area(r):
    """Return the area of a circle.

    Multi-line docstrings are just string expressions.
    """
    return 3 * r * r
class Point:
    '''A point.'''
    def __init__(self, x):
        "one-line docstring"
        self.x = x
print(area(2))
print(area.__doc__.splitlines()[0])
print(Point.__doc__)
print(Point(1).x)
