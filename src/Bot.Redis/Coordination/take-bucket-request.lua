-- Takes one request from a REST bucket as the processes know it.
-- KEYS[1]: the bucket (hash: remaining; expires when Discord resets it). Returns 0 when taken (or when nothing is
-- known: the first response will tell), else the ms until the bucket resets.
local remaining = tonumber(redis.call('HGET', KEYS[1], 'remaining'))
if remaining == nil then
  return 0
end
if remaining < 1 then
  local left = redis.call('PTTL', KEYS[1])
  if left > 0 then
    return left
  end
  return 0
end
redis.call('HINCRBY', KEYS[1], 'remaining', -1)
return 0
