export {
  accepting,
  answersAs,
  type Exit,
  type FreePortOptions,
  freePort,
  type Readiness,
  run,
  type RunOptions,
  start,
  startListening,
  startOnFreePort,
  type Started,
} from './process.js';
export { canRunRuntimes, type RuntimeName, runtimeBinary, runtimeCommand, runtimes, startRuntime } from './runtimes.js';
export { copyWorkspace, type ScratchWorkspace, workspaceRoot } from './workspace.js';
export { redisServerBinary, startRedis, type StartedRedis } from './redis.js';
export { editOperation, type OperationEdit, outsideOperation } from './contract-edit.js';
