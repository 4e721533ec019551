// Starts the demo as the real program (node running src/main.ts, so the child's PID is the
// server's own) through the testkit, waits for its "listening on" line, and stops it by PID.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, startListening, type Started } from '@b24-imbot/testkit';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

export interface DemoProcess extends Started {
  origin: string;
}

export function tempDb(): { file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'b24-imbot-demo-'));
  return { file: join(dir, 'demo.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The demo with `args` (on a free port unless they say otherwise); `exited` is its exit code. */
export function runDemo(args: string[]): Started & { exited: Promise<number | null> } {
  const started = start(process.execPath, ['--import', 'tsx', main, '--port', '0', ...args]);
  return Object.assign(started, { exited: started.exit.then(({ code }) => code) });
}

export async function startDemo(args: string[]): Promise<DemoProcess> {
  const started = await startListening(process.execPath, ['--import', 'tsx', main, '--port', '0', ...args]);
  try {
    // The walkthrough runs once it listens; wait for its summary before handing out the origin.
    await started.waitFor(/walkthrough: \d+ of \d+/);
    return Object.assign(started, { origin: started.url });
  } catch (error) {
    await started.stop();
    throw error;
  }
}
