-- Shared by the bench/wrk scripts: settings from the environment, the demo tokens, a monotonic clock,
-- latency histograms and the RESULT line bench/run.sh reads.
local ffi = require("ffi")
pcall(ffi.cdef, [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]])

local lib = {}
local clock = ffi.new("bench_timespec")

function lib.env(name, default)
  local value = os.getenv(name)
  if value == nil or value == "" then
    if default == nil then error("bench: environment variable " .. name .. " is not set") end
    return default
  end
  return value
end

-- CLOCK_MONOTONIC in milliseconds (wrk's Lua has no clock of its own).
function lib.now_ms()
  ffi.C.clock_gettime(1, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

-- The run command's token file: lines "export NAME=value".
function lib.tokens(file)
  local tokens = {}
  for line in io.lines(file) do
    local name, value = line:match("^export ([%w_]+)=(.*)$")
    if name then tokens[name] = value end
  end
  return tokens
end

function lib.lines(file)
  local lines = {}
  for line in io.lines(file) do
    if line:match("%S") then lines[#lines + 1] = line end
  end
  return lines
end

-- The ward codes the load spreads over and each ward's officer token (OFFICER_TOKEN_<ward>).
function lib.wards()
  local tokens = lib.tokens(lib.env("BENCH_TOKENS"))
  local wards = {}
  for _, ward in ipairs(lib.lines(lib.env("BENCH_WARDS"))) do
    local token = tokens["OFFICER_TOKEN_" .. ward]
    if not token then error("bench: no OFFICER_TOKEN_" .. ward .. " in " .. lib.env("BENCH_TOKENS")) end
    wards[#wards + 1] = { code = ward, auth = "Bearer " .. token }
  end
  return wards, tokens
end

-- Latency histogram: 0.1 ms buckets below 100 ms, 1 ms below 1 s, 10 ms above; small enough to copy
-- from the threads in done().
function lib.bucket(ms)
  if ms < 100 then return math.floor(ms * 10) / 10 end
  if ms < 1000 then return math.floor(ms) end
  return math.floor(ms / 10) * 10
end

function lib.record(histogram, ms)
  local b = lib.bucket(ms)
  histogram[b] = (histogram[b] or 0) + 1
end

function lib.merge(into, from)
  for b, n in pairs(from) do into[b] = (into[b] or 0) + n end
end

-- A histogram as a string ("bucket:count,...") and back, to cross from a thread to done().
function lib.dump(histogram)
  local parts = {}
  for b, n in pairs(histogram) do parts[#parts + 1] = b .. ":" .. n end
  return table.concat(parts, ",")
end

function lib.undump(text)
  local histogram = {}
  for b, n in text:gmatch("([%d.]+):(%d+)") do histogram[tonumber(b)] = tonumber(n) end
  return histogram
end

function lib.percentile(histogram, p)
  local keys, total = {}, 0
  for b, n in pairs(histogram) do keys[#keys + 1] = b; total = total + n end
  if total == 0 then return 0 end
  table.sort(keys)
  local rank, seen = math.ceil(total * p / 100), 0
  for _, b in ipairs(keys) do
    seen = seen + histogram[b]
    if seen >= rank then return b end
  end
  return keys[#keys]
end

-- One line per measured load: what bench/run.sh puts in the results table.
function lib.result(label, requests, seconds, p50, p95, p99, max, errors)
  io.write(string.format("RESULT %s requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
    label, requests, seconds, requests / seconds, p50, p95, p99, max, errors))
end

-- wrk's own summary: latency from wrk's histogram (microseconds), errors = non-2xx/3xx answers plus
-- socket errors (connect, read, write, timeout).
function lib.report(summary, latency, label)
  local e = summary.errors
  local errors = e.status + e.connect + e.read + e.write + e.timeout
  lib.result(label or lib.env("BENCH_LABEL", "all"), summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors)
  io.write(string.format("ERRORS status=%d connect=%d read=%d write=%d timeout=%d\n",
    e.status, e.connect, e.read, e.write, e.timeout))
end

return lib
