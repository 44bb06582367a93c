for thunk in [lambda: [1, 2, 3][10], lambda: (1, 2)[5], lambda: "abc"[9], lambda: {"a": 1}["b"],
              lambda: int("12a"), lambda: float("x"), lambda: [].index(1), lambda: (1).foo,
              lambda: None(), lambda: len(3), lambda: 1 / 0, lambda: 2 % 0, lambda: 5 // 0.0,
              lambda: [1] * "2", lambda: {}[[]], lambda: sorted([1, None]), lambda: ord("ab")]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, "|", e)
