-- wrk script: POST earn-points with a unique idempotency key per request, accounts taken in turn
-- from ids.txt (one account id per line). Counts responses by status and prints them with p99.
local ids = {}
for line in io.lines(os.getenv("IDS") or "ids.txt") do ids[#ids + 1] = line end
local key = os.getenv("API_KEY")
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function request()
  counter = counter + 1
  local id = ids[(counter * 7919 + tid * 104729) % #ids + 1]
  local body = '{"amount":1,"appId":"bench","idempotencyKey":"bench-' .. tid .. '-' .. counter .. '"}'
  return wrk.format("POST", "/_api/loyalty-accounts/v1/accounts/" .. id .. "/earn-points",
    { ["Authorization"] = key, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + n end
  end
  for status, n in pairs(total) do io.write(string.format("status %d: %d\n", status, n)) end
  io.write(string.format("p50 %.2f ms, p99 %.2f ms, errors %d\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout))
end
