class MyBase(BaseException):
    pass
try:
    try:
        raise MyBase("base")
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", e)
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError), issubclass(bool, int))
print(ZeroDivisionError.__mro__[1].__name__, ArithmeticError.__name__)
