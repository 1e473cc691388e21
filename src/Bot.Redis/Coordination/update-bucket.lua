-- What a response said of a REST bucket: ARGV[1] requests remaining until it resets in ARGV[2] ms.
-- KEYS[1]: the bucket. Within one window the lower count wins: requests other processes took after this response
-- was sent are already subtracted, and responses arrive out of order. A response whose reset lies clearly beyond the
-- known one (by more than ARGV[3] ms) belongs to the next window and starts it afresh.
local remaining, resetMs, slackMs = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
if resetMs < 1 then
  redis.call('DEL', KEYS[1])
  return 0
end
local known = tonumber(redis.call('HGET', KEYS[1], 'remaining'))
if known ~= nil and known < remaining and resetMs <= redis.call('PTTL', KEYS[1]) + slackMs then
  remaining = known
end
redis.call('HSET', KEYS[1], 'remaining', remaining)
redis.call('PEXPIRE', KEYS[1], resetMs)
return 0
