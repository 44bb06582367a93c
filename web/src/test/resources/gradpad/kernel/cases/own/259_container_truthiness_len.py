for v in [[], [0], (), (0,), {}, {0: 0}, set(), "", " ", 0, 0.0, None, range(0)]:
    print(repr(v), bool(v), end="; ")
print()
print(len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 2}), len("héllo"), len(range(3, 9)))
