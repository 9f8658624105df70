-- The requests of a dossier's life, for create.lua and peak.lua: filing it with a new submitter, the
-- officers' actions, and the citizen's look-up by code and the last 4 phone digits.
local dossier = {}

local space, prefix, thread

-- A personal ID number the citizen registry accepts: province 048, digit 4 "1" (a woman born in the
-- 1900s), the birth year 19<space>, then six digits unique within this wrk run.
function dossier.init(tid, id_space, path_prefix)
  thread, space, prefix = tid, id_space, path_prefix
  assert(space:match("^%d%d$"), "BENCH_ID_SPACE must be two digits")
end

local NAMES = { "Nguyễn Thị Lan", "Trần Thị Hương", "Lê Thị Minh Châu", "Phạm Thu Hà", "Võ Thị Ngọc Ánh" }

local BODY = [[{"procedureCode":"HT-XAC-NHAN-HON-NHAN","wardCode":"%s","channel":"IN_PERSON",
"submitter":{"fullName":"%s","idNumber":"%s","dateOfBirth":"19%s-05-20",
"phone":"%s","email":"lan.%s@example.vn","address":{"line":"12 Lê Lợi","wardCode":"%s"}},
"documents":[{"key":"to-khai","originals":1}],"sets":1}]]

-- Returns the request and the submitter's phone (its last 4 digits open the look-up).
function dossier.create(ward, n, request_id)
  local serial = string.format("%06d", thread * 100000 + n % 100000)
  local id = "0481" .. space .. serial
  local phone = "091" .. space:sub(2) .. serial
  local headers = { Authorization = ward.auth, ["Content-Type"] = "application/json" }
  if request_id then headers["X-Request-Id"] = request_id end
  local body = string.format(BODY, ward.code, NAMES[n % #NAMES + 1], id, space, phone, id, ward.code)
  return wrk.format("POST", prefix .. "/dossiers", headers, body), phone
end

dossier.ACTIONS = { "transfer", "fees-due", "fees-paid", "result-ready", "return" }

local ACTION_BODY = {
  ["fees-due"] = [[{"reason":"Lệ phí cấp giấy xác nhận"}]],
}

function dossier.act(ward, code, action, request_id)
  return wrk.format("POST", prefix .. "/dossiers/" .. code .. "/actions/" .. action,
    { Authorization = ward.auth, ["Content-Type"] = "application/json", ["X-Request-Id"] = request_id },
    ACTION_BODY[action] or "{}")
end

function dossier.lookup(code, phone, request_id)
  return wrk.format("POST", prefix .. "/lookup",
    { ["Content-Type"] = "application/json", ["X-Request-Id"] = request_id },
    string.format([[{"code":"%s","phoneLast4":"%s"}]], code, phone:sub(-4)))
end

return dossier
