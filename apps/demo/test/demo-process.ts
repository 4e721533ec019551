// Starts the demo as the real program (node running src/main.ts, so the child's PID is the
// server's own), waits for its "listening on" line, and stops it by PID.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

export interface DemoProcess {
  child: ChildProcess;
  origin: string;
  output: () => string;
  stop: () => Promise<number | null>;
}

export function tempDb(): { file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'b24-imbot-demo-'));
  return { file: join(dir, 'demo.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function runDemo(args: string[]): { child: ChildProcess; exited: Promise<number | null>; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', main, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

export async function startDemo(args: string[]): Promise<DemoProcess> {
  const run = runDemo(args);
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo did not start:\n${run.output()}`)), 30_000);
    const check = () => {
      // Serving starts after the walkthrough; wait for its summary before handing out the origin.
      const match = /listening on (http:\/\/\S+)/.exec(run.output());
      if (match && /walkthrough: \d+ of \d+/.test(run.output())) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    run.child.stdout?.on('data', check);
    run.exited.then(() => reject(new Error(`demo exited early:\n${run.output()}`)));
  });
  return {
    child: run.child,
    origin,
    output: run.output,
    stop: async () => {
      if (run.child.exitCode === null && run.child.signalCode === null) process.kill(run.child.pid!, 'SIGTERM');
      return run.exited;
    },
  };
}
