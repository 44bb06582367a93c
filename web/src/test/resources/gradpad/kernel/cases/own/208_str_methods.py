s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), sep="|")
print(s.lower(), s.upper())
t = "a,b,,c"
print(t.split(","), t.split(",", 1))
print("one two  three".split())
print("-".join(["x", "y", "z"]))
print("hello".replace("l", "L"), "hello".find("l"), "hello".find("z"))
print("hello".startswith("he"), "hello".endswith("lo"), "ab".isalpha(), "12".isdigit())
print("hello".count("l"), "Hello".capitalize(), "hello world".title())
print("x".center(5, "*"), "7".zfill(3), "ab".ljust(4) + "|", "ab".rjust(4))
print("abc"[::-1], "abc" * 2, "b" in "abc")
