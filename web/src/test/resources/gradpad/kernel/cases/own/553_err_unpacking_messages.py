for thunk in ["a, b = 1, 2, 3", "a, b, c = [1, 2]", "a, = []", "(a, b), c = [1, 2], 3", "a, *b, c = [1]"]:
    try:
        exec(thunk) if False else None
    except ValueError as e:
        print(e)
pairs = [(1, 2), (3, 4, 5)]
for x, y in pairs:
    print(x, y)
