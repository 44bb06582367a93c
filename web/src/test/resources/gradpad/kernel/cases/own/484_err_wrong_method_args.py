xs = [1, 2]
xs.append(1, 2)
