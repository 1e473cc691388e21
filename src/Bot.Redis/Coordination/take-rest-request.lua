-- Takes one request from the bot token's REST budget, shared by every process: at most ARGV[1] requests in any
-- window of ARGV[2] ms (a log of the requests' times), unless a global 429 paused everything.
-- KEYS[1]: the pause (expires when it ends), KEYS[2]: the log (sorted set: member = request id, score = ms).
-- ARGV: limit, window (ms), this request's id. Returns 0 when taken, else the ms to wait.
-- The time is the server's: a request is logged when it is granted (not when a process asked, which may be
-- earlier), and processes' clocks never disagree.
local paused = redis.call('PTTL', KEYS[1])
if paused > 0 then
  return paused
end

local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local limit, window = tonumber(ARGV[1]), tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
if redis.call('ZCARD', KEYS[2]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  return math.max(1, tonumber(oldest[2]) + window - now)
end
redis.call('ZADD', KEYS[2], now, ARGV[3])
redis.call('PEXPIRE', KEYS[2], window + 1000)
return 0
