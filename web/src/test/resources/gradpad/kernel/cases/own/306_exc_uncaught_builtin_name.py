print("before")
undefined_variable + 1
print("after")
