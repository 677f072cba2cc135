-- wrk script: GET an account (see accounts.lua).
dofile("bench/api/accounts.lua")

function request()
  local id = next_account()
  return wrk.format("GET", "/_api/loyalty-accounts/v1/accounts/" .. id .. "?id=" .. id, { ["Authorization"] = key })
end
