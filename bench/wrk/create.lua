-- Files dossiers as fast as the connections allow: each request a new submitter (unique personal ID
-- number and phone), the wards of $BENCH_WARDS in turn, each with its own officer's token.
-- $BENCH_ID_SPACE (00-99) keeps the ID numbers of one wrk run apart from every other run's.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local lib = require("lib")
local dossier = require("dossier")

local threads = {}
local wards, filed = nil, 0

function setup(thread)
  thread:set("tid", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  nthreads = tonumber(lib.env("BENCH_THREADS", "2"))   -- wrk -t, as bench/run.sh runs it
  wards = lib.wards()
  dossier.init(tid, lib.env("BENCH_ID_SPACE"), lib.env("BENCH_PREFIX", ""))
end

function request()
  filed = filed + 1
  local ward = wards[((filed - 1) * nthreads + tid - 1) % #wards + 1]
  return dossier.create(ward, filed)
end

function done(summary, latency, requests)
  lib.report(summary, latency)
end
