# str.upper()/lower() map one character to several where Unicode says so, and lower() ends a
# Greek word with a final sigma.
print("straße ﬁx ǰ ŉ ΐ".upper(), len("ß".upper()), "İstanbul".lower(), len("İ".lower()))
for s in ["ΟΔΟΣ", "Σ", "ΑΣ ΑΣ", "ΑΣ.", "ΑΣΑ", "ΑΣ'Α", "Α'Σ", "1Σ", "ΑΣ1", "ΟΔΟΣ\u0301"]:
    print(repr(s.lower()), end=" ")
print()
print("Straße".casefold(), "ß".isupper(), "SS".isupper(), "ΟΔΟΣ".islower(), "οδος".islower(), "𐐀".lower(), "𐐨".upper())
