// `pnpm --filter @b24-imbot/redis run scale`: the scale scenarios at the size, one after
// another, then their figures as a table. Sizes: SCALE_DELIVERIES (1000), SCALE_REPLAYS (200),
// SCALE_CALLS (15 per worker), SCALE_MESSAGES (300), SCALE_RENEWERS (50).
import { cpus, loadavg } from 'node:os';
import { type Figures, pollers, portals, receivers, renewers, stalled, workers } from './scenarios.js';

const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const runs: (() => Promise<Figures>)[] = [
  () => receivers({ instances: 3, deliveries: size('SCALE_DELIVERIES', 1000), replays: size('SCALE_REPLAYS', 200) }),
  () => workers({ workers: 4, callsEach: size('SCALE_CALLS', 15) }),
  () => pollers({ messages: size('SCALE_MESSAGES', 300), leaseMs: 3000 }),
  () => stalled({ messages: size('SCALE_MESSAGES', 300), leaseMs: 3000 }),
  () => renewers({ processes: size('SCALE_RENEWERS', 50) }),
  () => portals(),
];

const rows: Figures[] = [];
for (const run of runs) {
  const started = Date.now();
  const figures = await run();
  rows.push(figures);
  process.stderr.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${figures.scenario}\n`);
}

const header = ['scenario', 'processes', 'sent', 'handled', 'handled twice', 'lost', '429s', 'takeover s', 'renewals'];
const table = rows.map((row) => [
  row.scenario,
  String(row.processes),
  String(row.sent),
  String(row.handled),
  String(row.handledTwice),
  String(row.lost),
  String(row.status429),
  row.takeoverSeconds === undefined ? '' : row.takeoverSeconds.toFixed(2),
  row.renewals === undefined ? '' : String(row.renewals),
]);
const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
console.log(line(header));
console.log(line(header.map(() => '---')));
for (const row of table) console.log(line(row));
console.log('');
for (const row of rows) if (row.notes) console.log(`- ${row.scenario}: ${row.notes}`);
console.log(`\n${cpus().length} CPUs, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')} (1, 5, 15 min) at the end`);
