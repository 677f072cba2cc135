-- wrk script: POST earn-points with a unique idempotency key per request (see accounts.lua).
dofile("bench/api/accounts.lua")

function request()
  local id = next_account()
  local body = '{"amount":1,"appId":"bench","idempotencyKey":"bench-' .. tid .. '-' .. counter .. '"}'
  return wrk.format("POST", "/_api/loyalty-accounts/v1/accounts/" .. id .. "/earn-points",
    { ["Authorization"] = key, ["Content-Type"] = "application/json" }, body)
end
