s = "héllo wörld ✓"
print(len(s), s.upper(), s[1], s[-1], s.find("w"), s.encode("utf-8") if False else "", list(s[:3]))
print(s.title(), s.capitalize(), s.split("ö"), "ß".upper(), "İ".lower() == "i̇")
print(sorted("bca"), "".join(sorted("hello")), ord("✓"), chr(10003), repr("✓"), ascii("✓") if False else "")
for i, ch in enumerate("aé✓"):
    print(i, ch, ord(ch))
