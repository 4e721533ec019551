// Child processes for tests: commands that run to completion, and servers started as the
// binary itself (so that the PID we hold is the server's), awaited on their `listening on URL`
// line and stopped by that PID.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createConnection, createServer, type AddressInfo } from 'node:net';

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

/** Run a command to completion; reject with its whole output when it fails. */
export const run = (command: string, args: readonly string[], options: RunOptions) =>
  new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env, maxBuffer: 64 << 20, timeout: options.timeoutMs ?? 180_000 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`\`${command} ${args.join(' ')}\` failed (${error.message.split('\n')[0]})\n${stdout}\n${stderr}`));
        } else {
          resolve({ stdout, stderr });
        }
      },
    );
  });

/** How a process ended: its exit code, or the signal that ended it. */
export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface Started {
  readonly pid: number;
  readonly child: ChildProcess;
  /** Everything it wrote so far, stdout and stderr interleaved. */
  output(): string;
  /** What it wrote to stdout so far. */
  stdout(): string;
  /** What it wrote to stderr so far. */
  stderr(): string;
  /** Resolves once it has exited and its output has been read to the end (never rejects). */
  readonly exit: Promise<Exit>;
  /** Resolves with the first match of `pattern` in its output; rejects if it exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** SIGTERM by PID, SIGKILL after a grace period; resolves once it has exited, with how. */
  stop(): Promise<Exit>;
}

export const start = (command: string, args: readonly string[], options: RunOptions = {}): Started => {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = child.pid;
  let output = '';
  const streams = { stdout: '', stderr: '' };
  const listeners = new Set<() => void>();
  const append = (stream: keyof typeof streams) => (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    streams[stream] += text;
    listeners.forEach((listener) => listener());
  };
  child.stdout.on('data', append('stdout'));
  child.stderr.on('data', append('stderr'));
  // 'close' rather than 'exit': by then stdout and stderr have been read to the end.
  let closed = false;
  const exit = new Promise<Exit>((resolve) =>
    child.once('close', (code, signal) => {
      closed = true;
      listeners.forEach((listener) => listener());
      resolve({ code, signal });
    }),
  );
  const isRunning = () => child.exitCode === null && child.signalCode === null;

  return {
    pid,
    child,
    output: () => output,
    stdout: () => streams.stdout,
    stderr: () => streams.stderr,
    exit,
    waitFor: (pattern, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`timed out waiting for ${pattern} from ${command}:\n${output}`)), timeoutMs);
        const check = () => {
          const match = pattern.exec(output);
          if (match) done(undefined, match);
          else if (closed) done(new Error(`${command} exited (${child.exitCode ?? child.signalCode}) before ${pattern}:\n${output}`));
        };
        const done = (error?: Error, match?: RegExpExecArray) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(match!);
        };
        listeners.add(check);
        check();
      }),
    stop: async () => {
      if (!isRunning()) return exit;
      process.kill(pid, 'SIGTERM');
      const killer = setTimeout(() => isRunning() && process.kill(pid, 'SIGKILL'), 5_000);
      const ended = await exit;
      clearTimeout(killer);
      return ended;
    },
  };
};

/** A port that was free on 127.0.0.1 a moment ago. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** What a server started by `startOnFreePort` shows on its port so far. */
export type Readiness = 'ready' | 'not yet' | 'taken';

export interface FreePortOptions {
  /** For the whole start, retries included. Default 60 s. */
  readonly timeoutMs?: number;
  /** How many ports to try. Default 3. */
  readonly attempts?: number;
  /** Where the ports come from. Default `freePort`. */
  readonly pickPort?: () => Promise<number>;
}

/**
 * Starts a server that has to be given its port (one that cannot listen on port 0 and print
 * where it listens), on a port that was free a moment ago. The port may have been handed to
 * another process since, so the server counts as started only once `readiness` says the server
 * itself answers there. When the server exits before that, or `readiness` says another process
 * holds the port, it starts again on another port.
 */
export const startOnFreePort = async (
  name: string,
  launch: (port: number) => Started,
  readiness: (port: number, started: Started) => Promise<Readiness>,
  { timeoutMs = 60_000, attempts = 3, pickPort = freePort }: FreePortOptions = {},
): Promise<Started & { readonly port: number }> => {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const port = await pickPort();
    const started = launch(port);
    const running = () => started.child.exitCode === null && started.child.signalCode === null;
    let state: Readiness = 'not yet';
    while (state === 'not yet' && running() && Date.now() < deadline) {
      state = await readiness(port, started);
      if (state === 'not yet') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (state === 'ready' && running()) return Object.assign(started, { port });
    const exited = !running();
    await started.stop();
    if ((state === 'taken' || exited) && attempt < attempts && Date.now() < deadline) continue;
    const why = state === 'taken' ? 'another process holds it' : exited ? 'it exited' : `not ready within ${timeoutMs} ms`;
    throw new Error(`${name} did not start on port ${port} (${why}):\n${started.output()}`);
  }
};

/**
 * A `readiness` for `startOnFreePort` over HTTP: a GET of `path` on the port is the server's own
 * answer when `isOwn` holds for its body ('ready'), another process's when not ('taken'), and
 * no answer yet when the connection fails ('not yet').
 */
export const answersAs =
  (path: string, isOwn: (body: string) => boolean) =>
  (port: number): Promise<Readiness> =>
    fetch(`http://127.0.0.1:${port}${path}`).then(
      async (response) => (isOwn(await response.text()) ? 'ready' : 'taken'),
      () => 'not yet',
    );

/** Starts a server and resolves once it prints a whole `listening on URL` line, with that URL. */
export const startListening = async (
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<Started & { readonly url: string }> => {
  const started = start(command, args, options);
  try {
    const [, url] = await started.waitFor(/listening on (https?:\/\/\S+)\r?\n/, options.timeoutMs);
    return Object.assign(started, { url: url! });
  } catch (error) {
    await started.stop();
    throw error;
  }
};

/** Whether something accepts connections at a URL's port. */
export const accepting = (url: string): Promise<boolean> =>
  new Promise((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = createConnection({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
