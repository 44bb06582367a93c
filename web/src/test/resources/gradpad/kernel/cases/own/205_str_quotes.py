print('single', "double", '''triple single''', """triple double""")
print("it's", 'say "hi"', "both ' and \"")
s = """line one
line two
    indented line three"""
print(s)
print(len(s))
print('a' 'b' "c")
print("" == '', len(""))
