export { accepting, type Exit, freePort, run, type RunOptions, start, startListening, type Started } from './process.js';
export { canRunRuntimes, type RuntimeName, runtimeBinary, runtimeCommand, runtimes, startRuntime } from './runtimes.js';
export { copyWorkspace, type ScratchWorkspace, workspaceRoot } from './workspace.js';
export { redisServerBinary, startRedis, type StartedRedis } from './redis.js';
export { editOperation, type OperationEdit, outsideOperation } from './contract-edit.js';
