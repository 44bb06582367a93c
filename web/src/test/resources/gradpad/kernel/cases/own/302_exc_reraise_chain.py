def risky():
    try:
        return 1 / 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise
try:
    risky()
except ZeroDivisionError as e:
    print("outer got:", e)
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
raise KeyError("missing")
