-- wrk script of the web benchmark: send the session cookie or the bearer token given in the
-- environment (WRK_HEADER, "Name: value"), and print the figures as one JSON line at the end.
--
-- With WRK_COOKIES (session cookies, one per line) and WRK_THINK_MS, each request goes out with
-- the next of those sessions, after the connection has read the last answer for a think time
-- drawn between half and one and a half of WRK_THINK_MS: officials signed in at once, each reading
-- a page before asking for the next. wrk times a request from when it is sent, so the think time
-- is not in the latency.
local header = os.getenv("WRK_HEADER")
if header and header ~= "" then
  local name, value = header:match("^([^:]+):%s*(.*)$")
  wrk.headers[name] = value
end

local cookies = {}
for line in (os.getenv("WRK_COOKIES") or ""):gmatch("[^\n]+") do
  cookies[#cookies + 1] = line
end
local think = tonumber(os.getenv("WRK_THINK_MS") or "0")

if #cookies > 0 then
  local turn = 0
  function init(args)
    -- Each thread starts at a session of its own.
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
    turn = math.random(#cookies)
  end
  function request()
    turn = turn % #cookies + 1
    wrk.headers["Cookie"] = cookies[turn]
    return wrk.format()
  end
end

if think > 0 then
  function delay()
    return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d,'
      .. ' "errors": %d, "non_2xx": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, e.connect + e.read + e.write + e.timeout, e.status))
end
