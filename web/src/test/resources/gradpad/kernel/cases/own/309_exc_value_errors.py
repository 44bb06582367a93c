for thunk in [lambda: int("x1"), lambda: float("abc"), lambda: [1].index(2),
              lambda: int("3.5"), lambda: "a,b".split(""), lambda: max([]),
              lambda: range(1, 2, 0), lambda: math.sqrt(-1), lambda: math.log(0)]:
    try:
        import math
        thunk()
    except ValueError as e:
        print("ValueError:", e)
