-- Ends a turn: deletes the lock only while it still holds this holder's token (it may have expired and been taken).
-- KEYS[1]: the lock; ARGV[1]: the holder's token. Returns 1 when deleted.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
