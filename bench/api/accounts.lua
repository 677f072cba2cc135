-- Shared by the wrk scripts that call the API for accounts: the account ids of ids.txt (one per
-- line), the key, a scattered but per-thread different order over the accounts, and a summary of
-- the responses by status with p50/p99 at the end. A script defines request() with next_account().
local ids = {}
for line in io.lines(os.getenv("IDS") or "ids.txt") do ids[#ids + 1] = line end
key = os.getenv("API_KEY")
local threads = {}
counter = 0

function next_account()
  counter = counter + 1
  return ids[(counter * 7919 + tid * 104729) % #ids + 1]
end

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
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
