-- GET as fast as the connections allow, over the targets in $BENCH_TARGETS (lines "<path> <ward>"),
-- each with the officer token of its ward, prefixed by $BENCH_PREFIX ("" on the service itself,
-- "/api/v1/intake" through the gateway). The same requests, byte for byte, whichever way they go.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local lib = require("lib")

local threads = {}
local requests, next = {}, 0

function setup(thread)
  thread:set("tid", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  local wards = lib.wards()
  local auth = {}
  for _, ward in ipairs(wards) do auth[ward.code] = ward.auth end
  local prefix = lib.env("BENCH_PREFIX", "")
  for _, line in ipairs(lib.lines(lib.env("BENCH_TARGETS"))) do
    local path, ward = line:match("^(%S+)%s+(%S+)$")
    requests[#requests + 1] = wrk.format("GET", prefix .. path, { Authorization = auth[ward] })
  end
  next = (tid * 7919) % #requests
end

function request()
  next = next % #requests + 1
  return requests[next]
end

function done(summary, latency, requests)
  lib.report(summary, latency)
end
