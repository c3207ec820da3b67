-- wrk script for bench/api.sh: every request books a different person (a valid resident
-- ID from the request's number) into one of the slots listed in $BENCH_TARGETS (a Lua
-- file returning {{hall, item, date, start}, …}), with its own Idempotency-Key. Counts
-- the answers: 201 booked, 409 slot full, anything else.

local targets = dofile(os.getenv("BENCH_TARGETS"))
local threads = {}
local next_id = 0
local weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 }
local checks = "10X98765432"

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  booked, full, other = 0, 0, 0
end

local function resident_id(n)
  local seq = n % 1000
  local day = math.floor(n / 1000) % 28 + 1
  local month = math.floor(n / 28000) % 12 + 1
  local year = 1940 + math.floor(n / 336000) % 60
  local first17 = string.format("110105%04d%02d%02d%03d", year, month, day, seq)
  local sum = 0
  for i = 1, 17 do
    sum = sum + tonumber(first17:sub(i, i)) * weights[i]
  end
  local k = sum % 11 + 1
  return first17 .. checks:sub(k, k)
end

function request()
  counter = counter + 1
  local n = id * 5000000 + counter
  local t = targets[n % #targets + 1]
  local body = string.format(
    '{"hall_code":"%s","item_code":"%s","date":"%s","start":"%s","name":"测试","mobile":"138%08d","resident_id":"%s"}',
    t[1], t[2], t[3], t[4], n % 100000000, resident_id(n))
  local headers = { ["Content-Type"] = "application/json", ["Idempotency-Key"] = string.format("bench-%d-%d", id, counter) }
  return wrk.format("POST", "/api/v1/appointments", headers, body)
end

function response(status)
  if status == 201 then booked = booked + 1
  elseif status == 409 then full = full + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local b, f, o = 0, 0, 0
  for _, thread in ipairs(threads) do
    b = b + thread:get("booked")
    f = f + thread:get("full")
    o = o + thread:get("other")
  end
  io.write(string.format("answers: %d booked (201), %d slot full (409), %d other\n", b, f, o))
end
