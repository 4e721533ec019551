// Child processes for the servers under test: each is started by its own binary (node itself,
// so that the PID we hold is the server's) and stopped by that PID.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { benchDir } from './generation.js';

export interface Started {
  readonly name: string;
  readonly pid: number;
  readonly port: number;
  readonly url: string;
  stop(): Promise<void>;
}

/** A process and its descendants (Linux: from the parent ids in /proc/<pid>/stat), parents first. */
export const processTree = (pid: number): number[] => {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
};

/** Stops a server by its PID (SIGTERM, SIGKILL after 5 s), then any process it forked, by theirs. */
const stopper = (child: ChildProcess) => async (): Promise<void> => {
  let descendants: number[] = [];
  try {
    descendants = processTree(child.pid!).slice(1);
  } catch {
    // not Linux
  }
  await new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
  for (const pid of descendants) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
};

const waitFor = (child: ChildProcess, name: string, findPort: (output: string) => number | undefined, timeoutMs: number): Promise<number> =>
  new Promise((resolve, reject) => {
    let output = '';
    let done = false;
    const finish = (error: Error | undefined, port?: number): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(poll);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else resolve(port!);
    };
    const check = (): void => {
      const port = findPort(output);
      if (port !== undefined) finish(undefined, port);
    };
    const onData = (chunk: Buffer): void => {
      if (output.length < 100_000) output += chunk.toString();
      check();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => finish(new Error(`${name} exited (${code}) before listening:\n${output.slice(-2000)}`)));
    const poll = setInterval(check, 100);
    const timer = setTimeout(() => finish(new Error(`${name} did not listen within ${timeoutMs} ms:\n${output.slice(-2000)}`)), timeoutMs);
  });

/** One of src/servers.ts's servers, in a node process with tsx's loader. */
export async function startBenchServer(kind: string): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(benchDir, 'src', 'serve.ts'), kind], {
    cwd: benchDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const port = await waitFor(
    child,
    kind,
    (output) => {
      const match = /\{"port":(\d+)\}/.exec(output);
      return match ? Number(match[1]) : undefined;
    },
    30_000,
  );
  // Drain the pipes from here on, so that a chatty server never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();
  return { name: kind, pid: child.pid!, port, url: `http://127.0.0.1:${port}`, stop: stopper(child) };
}

const require = createRequire(join(benchDir, 'package.json'));

/** The version of Prism this package pins. */
export const prismVersion = (): string =>
  (JSON.parse(readFileSync(require.resolve('@stoplight/prism-cli/package.json'), 'utf8')) as { version: string }).version;

/**
 * The TCP port a process listens on, from /proc (Linux): its socket inodes, looked up in
 * /proc/net/tcp among the LISTEN (0A) entries.
 */
export const listeningPort = (pid: number): number | undefined => {
  let inodes: Set<string>;
  try {
    inodes = new Set(
      readdirSync(`/proc/${pid}/fd`)
        .map((fd) => {
          try {
            return /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
          } catch {
            return undefined;
          }
        })
        .filter((inode): inode is string => inode !== undefined),
    );
  } catch {
    return undefined;
  }
  for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields[3] === '0A' && inodes.has(fields[9] ?? '')) return parseInt(fields[1]!.split(':')[1]!, 16);
  }
  return undefined;
};

/**
 * Prism's mock server on `schemaPath`, by its own binary, on 127.0.0.1 port 0. (Its output
 * being a pipe, Prism forks its HTTP server into a child process; `stop` ends both.) Logging at
 * `warn`: at the default `info` Prism logs five lines per request and serves about 2.5x fewer
 * requests; we measure it at its best. The port is read from /proc (Prism prints it only at
 * `info`).
 */
export async function startPrism(schemaPath: string, timeoutMs = 60_000): Promise<Started> {
  const packageJson = require.resolve('@stoplight/prism-cli/package.json');
  const bin = (JSON.parse(readFileSync(packageJson, 'utf8')) as { bin: Record<string, string> }).bin['prism']!;
  const child = spawn(
    process.execPath,
    [join(dirname(packageJson), bin), 'mock', '--host', '127.0.0.1', '--port', '0', '--verboseLevel', 'warn', schemaPath],
    { cwd: benchDir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  const port = await waitFor(child, 'prism', () => listeningPort(child.pid!), timeoutMs);
  child.stdout?.resume();
  child.stderr?.resume();
  return { name: 'prism', pid: child.pid!, port, url: `http://127.0.0.1:${port}`, stop: stopper(child) };
}
