-- wrk script for bench/api.sh: national hall searches that are never the same twice in a
-- run: 示例第<n>市 (n from 1 to 300, each matching some halls) with a page size from 1 to
-- 200, 60,000 combinations against 4,096 kept answers. What a search costs when no
-- answer kept for an identical earlier one helps: the index scan and the encoding.

local counter = 0

function setup(thread)
  thread:set("start", counter * 30000)
  counter = counter + 1
end

function init(args)
  n = 0
end

function request()
  n = n + 1
  local i = (start + n) % 60000
  local q = "%E7%A4%BA%E4%BE%8B%E7%AC%AC" .. tostring(i % 300 + 1) .. "%E5%B8%82"
  return wrk.format("GET", "/api/v1/halls?q=" .. q .. "&limit=" .. tostring(math.floor(i / 300) % 200 + 1))
end
