grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
alias = [[0] * 3] * 2
alias[0][1] = 5
print(alias)
m = [[1, 2], [3, 4]]
print(m[1][0], [row[1] for row in m], len(m[0]))
t = [1, [2, [3, [4]]]]
print(t[1][1][1][0])
l = [1]
l.append(l)
print(l)
