-- Scenario "pages" (issue 15, line 7): signed-in officers using their pages through the gateway, as fast as the
-- connections allow. Each request is one of the officer's pages in turn: the inbox (/officer), a dossier
-- (/officer/dossiers/<code>, a different dossier each time) and the filing form (/officer/file/<procedure>),
-- each with the session cookie of one of the officers signed in through the demo login ($BENCH_PAGE_COOKIES, one
-- "ONESTOP_SESSION=..." a line, used in turn). $BENCH_PAGE_TARGETS: lines "<kind> <path>".
--
-- A page counts as answered only with 200 and text/html (the body comes gzip-compressed, as a browser asks for
-- it): a redirect to the sign-in is an error, in the "all" line too (wrk itself counts only 4xx/5xx). Responses are matched to requests by the X-Request-Id the gateway echoes.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local lib = require("lib")

local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  threads[#threads + 1] = thread
end

-- $BENCH_PAGE_THINK_MS: how long an officer looks at a page before asking the next, on average (0: at once, the most
-- the connections can ask; wrk's delay() holds the connection meanwhile). Each pause is drawn between half and one
-- and a half times it: with a fixed pause the fifty officers would click in step, fifty pages arriving together every
-- second, which no counter hall does and which measures the burst's queue instead of a page.
local think = tonumber(os.getenv("BENCH_PAGE_THINK_MS") or "0") or 0
if think > 0 then
  math.randomseed(os.time())
  function delay() return math.floor(think * (0.5 + math.random())) end
end

local KINDS = { "inbox", "dossier", "file" }
local targets, cookies = { inbox = {}, dossier = {}, file = {} }, {}
local seq, pending, hist, dumped = 0, {}, { inbox = {}, dossier = {}, file = {} }, 0
for _, kind in ipairs(KINDS) do _G[kind .. "_ok"], _G[kind .. "_bad"], _G[kind .. "_hist"] = 0, 0, "" end
first_bad = ""

function init(args)
  for _, line in ipairs(lib.lines(lib.env("BENCH_PAGE_TARGETS"))) do
    local kind, path = line:match("^(%S+)%s+(%S+)$")
    table.insert(targets[kind], path)
  end
  cookies = lib.lines(lib.env("BENCH_PAGE_COOKIES"))
  seq = tid * 7919
end

function request()
  seq = seq + 1
  local kind = KINDS[seq % #KINDS + 1]
  local paths = targets[kind]
  local id = "p" .. tid .. "-" .. seq
  pending[id] = { kind, lib.now_ms() }
  return wrk.format("GET", paths[seq % #paths + 1], {
    Cookie = cookies[seq % #cookies + 1],
    Accept = "text/html",
    ["Accept-Encoding"] = "gzip",
    ["X-Request-Id"] = id,
  })
end

function response(status, headers, body)
  local id = headers["X-Request-Id"] or headers["x-request-id"]
  local p = id and pending[id]
  if not p then return end
  pending[id] = nil
  local kind, now = p[1], lib.now_ms()
  lib.record(hist[kind], now - p[2])
  if now - dumped > 100 then
    dumped = now
    for _, k in ipairs(KINDS) do _G[k .. "_hist"] = lib.dump(hist[k]) end
  end
  -- the body is gzip-compressed: a page is recognised by its status and type, a sign-in redirect is a 302
  local ctype = headers["Content-Type"] or headers["content-type"] or ""
  if status ~= 200 or not ctype:find("text/html", 1, true) then
    _G[kind .. "_bad"] = _G[kind .. "_bad"] + 1
    if first_bad == "" then first_bad = kind .. " " .. status .. " " .. (headers["Location"] or headers["location"] or "") end
    return
  end
  _G[kind .. "_ok"] = _G[kind .. "_ok"] + 1
end

function done(summary, latency, requests)
  local seconds, e, bad_pages = summary.duration / 1e6, summary.errors, 0
  for _, kind in ipairs(KINDS) do
    for _, thread in ipairs(threads) do bad_pages = bad_pages + thread:get(kind .. "_bad") end
  end
  lib.result("all", summary.requests, seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, bad_pages + e.connect + e.read + e.write + e.timeout)
  io.write(string.format("ERRORS pages=%d status=%d connect=%d read=%d write=%d timeout=%d\n",
    bad_pages, e.status, e.connect, e.read, e.write, e.timeout))
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
