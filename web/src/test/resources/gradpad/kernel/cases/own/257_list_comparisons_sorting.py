people = [("bob", 25), ("alice", 30), ("carol", 25)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], p[0]), reverse=True))
print(max(people, key=lambda p: p[1]), min(people))
words = ["Banana", "apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [5, 2, 8]
nums.sort(key=lambda v: -v)
print(nums)
