-- Claims an identify bucket's turn: the key lives one window, so at most one claim succeeds per window.
-- KEYS[1]: the bucket; ARGV[1]: the window in ms. Returns 0 when claimed, else the ms until the bucket frees.
if redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then
  return 0
end
local left = redis.call('PTTL', KEYS[1])
if left < 1 then
  return 1
end
return left
