-- A global 429: every process pauses for ARGV[1] ms; a shorter pause never cuts a longer one short.
-- KEYS[1]: the pause.
local ms = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[1]) < ms then
  redis.call('SET', KEYS[1], '1', 'PX', ms)
end
return 0
