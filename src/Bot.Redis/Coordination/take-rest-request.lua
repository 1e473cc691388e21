-- Takes one request from the bot token's REST budget, shared by every process: at most ARGV[2] requests in any
-- window of ARGV[3] ms (a log of the requests' times), unless a global 429 paused everything.
-- KEYS[1]: the pause (expires when it ends), KEYS[2]: the log (sorted set: member = request id, score = ms).
-- ARGV: now (ms), limit, window (ms), this request's id. Returns 0 when taken, else the ms to wait.
local paused = redis.call('PTTL', KEYS[1])
if paused > 0 then
  return paused
end

local now, limit, window = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
if redis.call('ZCARD', KEYS[2]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  return math.max(1, tonumber(oldest[2]) + window - now)
end
redis.call('ZADD', KEYS[2], now, ARGV[4])
redis.call('PEXPIRE', KEYS[2], window + 1000)
return 0
