for thunk in [lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (2,), lambda: None + 1,
              lambda: len(5), lambda: "x" * "y", lambda: {}[[]],
              lambda: -"s", lambda: 1 < "a", lambda: sum(["a"]), lambda: int(None)]:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
