café = 3
π = 3.14159
print(café, π)
s = "naïve ünïcode ✓"
print(s, len(s))
print(s.upper())
print("日本"[0], len("日本"))
