def f(x):
    return x.missing_method()
class Thing:
    pass
f(Thing())
