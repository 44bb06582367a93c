print("this never prints: the whole file fails to compile")
x = (
