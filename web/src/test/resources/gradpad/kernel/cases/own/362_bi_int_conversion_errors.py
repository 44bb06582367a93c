for s in ["12", "1.5", "", "abc", "0x10", " 7 ", "1e3"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError:", e)
for s in ["1.5", "abc", "", "inf", "-nan", "1e400"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print("ValueError:", e)
print(int(float("inf")))
