-- each request takes the next path of paths.txt in turn
local paths = {}
for line in io.lines(os.getenv("PATHS") or "/work/bench/paths.txt") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
