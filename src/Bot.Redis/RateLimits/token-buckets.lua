-- Takes one request from a user's and a channel's token bucket in one atomic step, shared by every instance.
-- KEYS[1]: the user's bucket, KEYS[2]: the channel's bucket (hashes: tokens, at = milliseconds of the last update).
-- ARGV: now (ms), user capacity, user refill interval (ms per token), channel capacity, channel refill interval.
-- Returns {1, 0} when admitted, else {0, milliseconds until a token is back}.
-- The channel is asked first and nothing is taken unless both have a token, so a busy channel spends no user budget.
local now = tonumber(ARGV[1])

local function level(key, capacity, every)
  local state = redis.call('HMGET', key, 'tokens', 'at')
  local tokens, at = tonumber(state[1]), tonumber(state[2])
  if tokens == nil or at == nil then
    return capacity, now
  end
  if now > at then
    -- Instances' clocks may differ a little: time never runs backwards for a bucket.
    return math.min(capacity, tokens + (now - at) / every), now
  end
  return tokens, at
end

local function store(key, tokens, at, capacity, every)
  redis.call('HSET', key, 'tokens', tostring(tokens), 'at', tostring(at))
  -- Once full again the bucket is the same as none: let it expire instead of pruning it.
  redis.call('PEXPIRE', key, math.ceil((capacity - tokens) * every) + 1000)
end

local userCapacity, userEvery = tonumber(ARGV[2]), tonumber(ARGV[3])
local channelCapacity, channelEvery = tonumber(ARGV[4]), tonumber(ARGV[5])

local channel, channelAt = level(KEYS[2], channelCapacity, channelEvery)
if channel < 1 then
  return {0, math.ceil((1 - channel) * channelEvery)}
end
local user, userAt = level(KEYS[1], userCapacity, userEvery)
if user < 1 then
  return {0, math.ceil((1 - user) * userEvery)}
end
store(KEYS[1], user - 1, userAt, userCapacity, userEvery)
store(KEYS[2], channel - 1, channelAt, channelCapacity, channelEvery)
return {1, 0}
