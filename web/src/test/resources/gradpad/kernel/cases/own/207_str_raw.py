path = r"C:\new\table"
print(path)
print(len(r"\n"), r"\n" == "\\n")
print(r'raw \t stays', R"upper R")
print(repr(r"\d+"))
print(rf"{1 + 1}\n")
