// The Lua scripts: each runs as one atomic step on the Redis server, with the server's clock
// (TIME), so that processes on different machines agree on time and never interleave.
import { createHash } from 'node:crypto';
import type { LuaScript } from './connection.js';

const lua = (source: string): LuaScript => ({ source, sha1: createHash('sha1').update(source).digest('hex') });

/** KEYS[1] lease; ARGV owner, ttl ms. Takes a free lease or extends one's own: 1 when held. */
export const LEASE = lua(`
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if holder then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
`);

/** KEYS[1] lease; ARGV owner. Deletes it only when the owner holds it: 1 when deleted. */
export const RELEASE = lua(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

/**
 * KEYS[1] record; ARGV refresh token, value. Replaces the installation's record only while it
 * still holds the refresh token the renewal spent: the new pair is then the only one that works
 * and is kept, even when the renewal outlived its lock; a record changed meanwhile (a reinstall)
 * is not overwritten, nor an uninstall undone. 1 when written, 0 when the record changed, -1
 * without the record.
 */
export const FENCED_SET = lua(`
local text = redis.call('GET', KEYS[1])
if not text then return -1 end
if cjson.decode(text)['refreshToken'] ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1
`);

// A leaky bucket per key (a hash: level, at ms), drained by perSecond, holding at most burst.
// A request reserves its place in every bucket when it asks and is told how long to wait (the
// longest of the buckets' waits), so waiting requests go in order across all processes and a
// portal with the same numbers never refuses them. The hash expires once it has drained.
const DRAIN = `
local now_t = redis.call('TIME')
local now = tonumber(now_t[1]) * 1000 + math.floor(tonumber(now_t[2]) / 1000)
local function level_of(key, rate)
  local state = redis.call('HMGET', key, 'level', 'at')
  local level = tonumber(state[1]) or 0
  local at = tonumber(state[2]) or now
  return math.max(0, level - (now - at) / 1000 * rate)
end
local function keep(key, level, rate)
  redis.call('HSET', key, 'level', tostring(level), 'at', tostring(now))
  redis.call('PEXPIRE', key, math.ceil(level / rate * 1000) + 1000)
end
`;

/** KEYS buckets; ARGV burst, perSecond per bucket. Reserves a place in each: the ms to wait. */
export const TAKE = lua(`${DRAIN}
local wait = 0
for i, key in ipairs(KEYS) do
  local burst = tonumber(ARGV[2 * i - 1])
  local rate = tonumber(ARGV[2 * i])
  local level = level_of(key, rate)
  if level + 1 > burst then
    local w = (level + 1 - burst) / rate * 1000
    if w > wait then wait = w end
  end
  keep(key, level + 1, rate)
end
return math.ceil(wait)
`);

/** KEYS buckets; ARGV burst, perSecond per bucket. Gives back a place reserved by a request that gave up. */
export const GIVE_BACK = lua(`${DRAIN}
for i, key in ipairs(KEYS) do
  local rate = tonumber(ARGV[2 * i])
  keep(key, math.max(0, level_of(key, rate) - 1), rate)
end
return 1
`);
