-- wrk script: POST /api/v1/ratings with a new set of rating ids in every request, so nothing
-- is ever a duplicate. Arguments (after --): TOKEN BATCH_SIZE RUN_TAG
--   TOKEN      the kiosk's bearer token ("-" for none: the nginx baseline)
--   BATCH_SIZE ratings per request
--   RUN_TAG    a number unique to this run (the ids of two runs never meet)
-- At the end prints "answers-not-accepted N": any answer but 200 with every rating accepted.

local threads = {}
local counter = 1

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

local fields = { "ho-tich", "chung-thuc", "dat-dai", "xay-dung", "dau-tu", "lao-dong-xa-hoi" }

function init(args)
  token = args[1]
  batch_size = tonumber(args[2])
  run_tag = tonumber(args[3]) % 0xffffffff
  not_accepted = 0
  headers = { ["Content-Type"] = "application/json" }
  if token ~= "-" then
    headers["Authorization"] = "Bearer " .. token
  end
end

local function rating(seq)
  local id = string.format("%08x-%04x-4000-8000-%012x", run_tag, thread_id, seq)
  return string.format(
    '{"id":"%s","created_at":"%s","seq":%d,"survey":"default","overall":%d,' ..
    '"criteria":{"thoi-gian":%d,"thai-do":%d},"field":"%s",' ..
    '"staff":"cb-%d","lang":"vi","ended":"done"}',
    id, os.date("!%Y-%m-%dT%H:%M:%S+00:00"), seq, 1 + seq % 5, 1 + seq % 5,
    1 + math.floor(seq / 5) % 5, fields[1 + seq % 6], 1 + seq % 12)
end

function request()
  local ratings = {}
  for i = 1, batch_size do
    ratings[i] = rating(counter)
    counter = counter + 1
  end
  return wrk.format("POST", nil, headers, '{"ratings":[' .. table.concat(ratings, ",") .. ']}')
end

function response(status, headers, body)
  if token == "-" then
    if status ~= 204 then not_accepted = not_accepted + 1 end
    return
  end
  local _, accepted = string.gsub(body, '"accepted"', "")
  if status ~= 200 or accepted ~= batch_size then
    not_accepted = not_accepted + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("not_accepted")
  end
  io.write(string.format("answers-not-accepted %d\n", total))
  for _, p in ipairs({ 50, 99 }) do
    io.write(string.format("latency-p%d-ms %.3f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("requests-per-second %.1f\n", summary.requests / (summary.duration / 1e6)))
end
