-- Scenario d: DossierReceived events posted straight to notification-service's inbox
-- (POST /internal/events with the SERVICE token, as intake's outbox relay posts them), as fast as the
-- connections allow. Each event asks for an SMS (local recorder) and an e-mail (embedded SMTP server);
-- bench/run.sh then waits until the dispatcher has sent them all and reads the send rate from the
-- database.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local lib = require("lib")

local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  threads[#threads + 1] = thread
end

local wards, headers, n, day = nil, nil, 0, nil

local EVENT = [[{"id":"%s","source":"bench","aggregateType":"Dossier","aggregateId":"%s",
"eventType":"DossierReceived","occurredAt":"%s","payload":{"dossierCode":"%s","wardCode":"%s","agencyCode":"%s",
"procedure":{"code":"HT-XAC-NHAN-HON-NHAN","name":"Cấp Giấy xác nhận tình trạng hôn nhân","version":1},
"channel":"IN_PERSON","status":{"code":2,"name":"RECEIVED","label":"Được tiếp nhận"},
"receivedAt":"2026-11-22T08:36:37.631+07:00","appointmentAt":"2026-11-25T17:00:00+07:00",
"submitter":{"fullName":"Nguyễn Thị Lan","phone":"0912%06d","email":"lan.%d.%d@example.vn","notificationPreference":null}}}]]

function init(args)
  nthreads = tonumber(lib.env("BENCH_THREADS", "2"))   -- wrk -t, as bench/run.sh runs it
  local tokens
  wards, tokens = lib.wards()
  headers = { Authorization = "Bearer " .. tokens["SERVICE_TOKEN"], ["Content-Type"] = "application/json" }
  day = lib.env("BENCH_DAY")   -- yymmdd, for the dossier codes
  math.randomseed(tid * 1000003 + os.time())
end

local function uuid()
  return string.format("%08x-%04x-4%03x-%04x-%012x", math.random(0, 0xffffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff), math.random(0, 0xffffff) * 0x1000000 + math.random(0, 0xffffff))
end

function request()
  n = n + 1
  local ward = wards[((n - 1) * nthreads + tid - 1) % #wards + 1].code
  local code = string.format("%s-%s-E%d%05d", ward, day, tid, n % 100000)
  local body = string.format(EVENT, uuid(), code, os.date("!%Y-%m-%dT%H:%M:%SZ"), code, ward, ward,
    (tid * 100000 + n) % 1000000, tid, n)
  return wrk.format("POST", "/internal/events", headers, body)
end

function done(summary, latency, requests)
  lib.report(summary, latency)
end
