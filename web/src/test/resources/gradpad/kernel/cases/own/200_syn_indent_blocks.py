# A comment on its own line
x = 3  # trailing comment
if x > 2:
    print("big")
    if x > 5:
        print("huge")
    else:
        print("not huge")
else:
  print("two-space indent works too")
for i in range(2):
	print("tab indent", i)
def f():
    # comment inside a function

    y = 1   # blank line above is fine

    return y
print(f())
