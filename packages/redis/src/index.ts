// @b24-imbot/redis: what a bot or an application needs past one process, kept in Redis.
export { type LuaScript, type RedisCommands, type RedisConnection, redisConnection, type RedisOptions } from './connection.js';
export { type InstallAuth, type Installation, type InstallationAnswer, type Installations, type InstallationsOptions, redisInstallations } from './installations.js';
export { type Budget, redisRateLimiter } from './rate-limit.js';
export { redisReplayGuard, type RedisReplayGuardOptions } from './replay-guard.js';
export { type RedisStore, redisStore } from './store.js';
