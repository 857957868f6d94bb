-- Each path of $PATHS asked once: wrk thread k of $THREADS (default 2) takes paths k, k+n, k+2n, ...
-- (rotate.lua starts every thread at the first path, so with -t2 each path is asked twice, the second
-- time most often answered from the server's cache). After the last path a thread starts again, or
-- with STOP=1 stops (its requests after that would be answers the server kept).
--   PATHS=story-paths.txt THREADS=2 wrk -t2 -c50 -d4s -s tools/web/once.lua --latency http://127.0.0.1:8099
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end
function init(args)
  paths = {}
  for line in io.lines(os.getenv("PATHS")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  n = tonumber(os.getenv("THREADS") or "2")
  i = id - n
end
function request()
  i = i + n
  if i > #paths and os.getenv("STOP") == "1" then wrk.thread:stop() end
  if i > #paths then i = ((i - 1) % #paths) + 1 end
  return wrk.format("GET", paths[i])
end
