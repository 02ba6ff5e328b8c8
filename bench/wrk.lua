-- wrk -s bench/wrk.lua: one parseable line with latency percentiles (microseconds), socket errors and the
-- responses that were not 2xx. wrk itself counts only >= 400 as errors; a lost session answers 303 to /login,
-- so every status is checked here.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("non2xx") end
  local e = summary.errors
  io.write(string.format("WRKSTATS requests=%d duration_us=%d p50_us=%.0f p99_us=%.0f max_us=%.0f socket_errors=%d non2xx=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout, bad))
end
