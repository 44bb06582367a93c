s = "gradient"
print(s[0], s[-1], s[2:5], s[:4], s[4:], s[::2], s[1:-1])
print(s[100:], s[-100:3])
print(len(s), s.index("d"))
for ch in "abc":
    print(ch, end=" ")
print()
print(list("xyz"), sorted("cab"))
print(ord("A"), chr(66), str(12) + "3")
