def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("cannot divide by zero")
        return None
    else:
        print("ok")
        return result
    finally:
        print("finally runs")
print(divide(6, 3))
print(divide(1, 0))
try:
    int("abc")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print("LookupError caught:", type(e).__name__)
try:
    {}["k"]
except Exception as e:
    print(repr(e), str(e), e.args)
