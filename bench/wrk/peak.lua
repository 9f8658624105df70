-- Scenario c: the national peak hour's mix at a fixed rate. Every dossier this script files is then
-- walked through five officer actions (transfer, fees-due, fees-paid, result-ready, return), each
-- followed by a citizen look-up: 1 filing, 5 status changes and 5 look-ups per dossier, so at
-- $BENCH_RATE = 2200 requests/s that is 200 filings, 1,000 status changes and 1,000 look-ups a second.
--
-- Pacing: each thread keeps a schedule of one request every 1000 / (rate / threads) ms and wrk's
-- delay() holds each connection until its slot, so the rate does not depend on the latency as long
-- as enough connections are open (-c). A thread that falls behind sends at once until it catches up;
-- the rate reached is reported, and falls short of the target when the platform cannot keep up.
-- wrk measures latency from the moment a request is sent, so time spent waiting for a free
-- connection is not in it (coordinated omission): compare the rate reached with the target.
--
-- Responses are matched to requests by the X-Request-Id the gateway echoes.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local lib = require("lib")
local dossier = require("dossier")

local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  threads[#threads + 1] = thread
end

local wards, interval, next_slot, seq, filed = nil, nil, nil, 0, 0
local ready, head, tail = {}, 1, 0   -- dossiers waiting for their next step
local known = {}                      -- every filed dossier, for look-ups while nothing is ready
local pending = {}                    -- request id -> { kind, dossier, sent at }
-- Per kind of request: answers, refusals and a latency histogram. done() reads them with thread:get, which
-- copies numbers and strings well but not tables (wrk 4.1), so each histogram is also kept as a string,
-- written at most every 100 ms (the last answers of a run may be missing from the percentiles, not the counts).
local KINDS = { "create", "action", "lookup" }
local hist, dumped = { create = {}, action = {}, lookup = {} }, 0
for _, kind in ipairs(KINDS) do _G[kind .. "_ok"], _G[kind .. "_bad"], _G[kind .. "_hist"] = 0, 0, "" end
first_bad = ""

function init(args)
  nthreads = tonumber(lib.env("BENCH_THREADS", "2"))   -- wrk -t, as bench/run.sh runs it
  wards = lib.wards()
  dossier.init(tid, lib.env("BENCH_ID_SPACE"), lib.env("BENCH_PREFIX", "/api/v1/intake"))
  interval = 1000 / (tonumber(lib.env("BENCH_RATE")) / tonumber(lib.env("BENCH_THREADS")))
end

function delay()
  local now = lib.now_ms()
  next_slot = (next_slot or now) + interval
  return math.max(0, next_slot - now)
end

local function push(d)
  tail = tail + 1
  ready[tail] = d
end

local function pop()
  if head > tail then return nil end
  local d = ready[head]
  ready[head] = nil
  head = head + 1
  return d
end

function request()
  seq = seq + 1
  local id = tid .. "-" .. seq
  local d = (seq % 11 ~= 0) and pop() or nil
  if d == nil and seq % 11 ~= 0 and #known > 0 then
    -- nothing is ready yet (the first seconds): look up a dossier filed earlier
    local k = known[math.random(#known)]
    pending[id] = { "lookup", nil, lib.now_ms() }
    return dossier.lookup(k.code, k.phone, id)
  end
  if d == nil then
    filed = filed + 1
    local ward = wards[((filed - 1) * nthreads + tid - 1) % #wards + 1]
    local req, phone = dossier.create(ward, filed, id)
    pending[id] = { "create", { ward = ward, phone = phone, step = 0 }, lib.now_ms() }
    return req
  end
  d.step = d.step + 1
  if d.step % 2 == 1 then
    pending[id] = { "action", d, lib.now_ms() }
    return dossier.act(d.ward, d.code, dossier.ACTIONS[(d.step + 1) / 2], id)
  end
  pending[id] = { "lookup", d, lib.now_ms() }
  return dossier.lookup(d.code, d.phone, id)
end

function response(status, headers, body)
  local id = headers["X-Request-Id"] or headers["x-request-id"]
  local p = id and pending[id]
  if not p then return end
  pending[id] = nil
  local kind, d, sent = p[1], p[2], p[3]
  local now = lib.now_ms()
  lib.record(hist[kind], now - sent)
  if now - dumped > 100 then
    dumped = now
    for _, k in ipairs(KINDS) do _G[k .. "_hist"] = lib.dump(hist[k]) end
  end
  if status >= 400 then
    _G[kind .. "_bad"] = _G[kind .. "_bad"] + 1
    if first_bad == "" then first_bad = kind .. " " .. status .. " " .. body:sub(1, 300) end
    return
  end
  _G[kind .. "_ok"] = _G[kind .. "_ok"] + 1
  if kind == "create" then
    d.code = body:match('"code":"([^"]+)"')
    if d.code then
      known[#known + 1] = d
      push(d)
    end
  elseif d and d.step < 10 then
    push(d)
  end
end

function done(summary, latency, requests)
  lib.report(summary, latency, "all")
  local seconds = summary.duration / 1e6
  for _, kind in ipairs(KINDS) do
    local ok, bad, merged = 0, 0, {}
    for _, thread in ipairs(threads) do
      ok, bad = ok + thread:get(kind .. "_ok"), bad + thread:get(kind .. "_bad")
      lib.merge(merged, lib.undump(thread:get(kind .. "_hist")))
    end
    lib.result(kind, ok + bad, seconds, lib.percentile(merged, 50), lib.percentile(merged, 95),
      lib.percentile(merged, 99), lib.percentile(merged, 100), bad)
  end
  for _, thread in ipairs(threads) do
    local bad = thread:get("first_bad")
    if bad ~= "" then io.write("FIRST_ERROR " .. bad:gsub("\n", " ") .. "\n") end
  end
end
