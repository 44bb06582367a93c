x, y = 5
