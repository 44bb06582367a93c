print("apple" < "banana", "a" < "B", "abc" == "abc", "a" != "b")
print("abc" < "abd", "ab" < "abc", "" < "a")
print(min("hello"), max(["pear", "fig", "apple"]))
print("%s" % "x", "a" + "b" * 3)
