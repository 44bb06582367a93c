records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[1], r[0])))
print(sorted(records, key=lambda r: r[0], reverse=True))
print(sorted([3.5, -1, 2, True, 0.0]), sorted(["b", "A", "a", "B"]), sorted("hello world".split(), key=len))
nums = [5, 3, 8, 1]
nums.sort(key=lambda n: n % 3)
print(nums, min(nums, key=lambda n: (n % 4, n)), max("apple", "pie", "fig", key=len))
