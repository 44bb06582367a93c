s = "Hello, World! Hello!"
print(s.lower().count("hello"), s.index("World"), s.rfind("Hello"), s.replace("Hello", "Bye", 1))
print(s.split(",", 1), s.rsplit(" ", 1), s.partition(" "), s.rpartition(" "))
print("a-b-c".split("-"), "  x  y ".split(" "), "line1\nline2\r\nline3".splitlines())
print("Ab".swapcase(), "ab cd".title(), "abc".upper().isupper(), "  ".isspace(), "x1".isalnum())
print("%-6s|%6s|" % ("ab", "cd"), "tab\there".expandtabs(4), "abc".removeprefix("a"), "abc".removesuffix("c"))
print(",".join(map(str, [1, 2, 3])), "".join(reversed("stressed")), "ab" in "cabd", "x".join("abc"))
print("caf\u00e9".encode("utf-8") if False else "skip-bytes", ord("\u00e9"), "\u00e9".upper())
