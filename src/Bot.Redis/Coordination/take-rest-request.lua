-- Takes one request from the bot token's REST budget, shared by every process: a token bucket of ARGV[2] requests
-- refilled one per ARGV[3] ms, unless a global 429 paused everything.
-- KEYS[1]: the pause (expires when it ends), KEYS[2]: the budget (hash: tokens, at = ms of the last update).
-- ARGV: now (ms), capacity, refill interval (ms per request). Returns 0 when taken, else the ms to wait.
local paused = redis.call('PTTL', KEYS[1])
if paused > 0 then
  return paused
end

local now, capacity, every = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[2], 'tokens', 'at')
local tokens, at = tonumber(state[1]), tonumber(state[2])
if tokens == nil or at == nil then
  tokens, at = capacity, now
elseif now > at then
  -- Processes' clocks may differ a little: time never runs backwards for the budget.
  tokens, at = math.min(capacity, tokens + (now - at) / every), now
end
if tokens < 1 then
  return math.max(1, math.ceil((1 - tokens) * every))
end
redis.call('HSET', KEYS[2], 'tokens', tostring(tokens - 1), 'at', tostring(at))
redis.call('PEXPIRE', KEYS[2], math.ceil((capacity - tokens + 1) * every) + 1000)
return 0
