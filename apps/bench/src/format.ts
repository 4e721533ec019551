// Formatting for the results: Markdown tables with padded columns, ratios, sizes and times.
// Everything here is pure, so that the test can pin it down.

export type Align = 'left' | 'right';

/** A Markdown table whose columns are padded to the same width (readable as plain text). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const cell = (text: string, column: number): string =>
    align[column] === 'right' ? text.padStart(widths[column]!) : text.padEnd(widths[column]!);
  const line = (cells: readonly string[]): string => `| ${header.map((_, column) => cell(cells[column] ?? '', column)).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (align[column] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** `a / b` as `1.23x`; `n/a` when either is missing. */
export const ratio = (a: number, b: number): string =>
  Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(2)}x` : 'n/a';

/** A whole number with thousands separators: `12,345`. */
export const integer = (value: number): string =>
  Number.isFinite(value) ? Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',') : 'n/a';

/** Bytes as kB with two decimals (1 kB = 1000 bytes): `6.39 kB`. */
export const kilobytes = (bytes: number): string => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(2)} kB` : 'n/a');

/** Milliseconds as seconds with one decimal: `12.3 s`. */
export const seconds = (ms: number): string => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : 'n/a');

/** Microseconds with one decimal: `123.4 µs`. */
export const micros = (us: number): string => (Number.isFinite(us) ? `${us.toFixed(1)} µs` : 'n/a');

export interface Target {
  /** The measured ratio. */
  value: number;
  /** The bound. */
  bound: number;
  /** `min`: value must be at least bound; `max`: at most. */
  kind: 'min' | 'max';
}

/** `met`, or `MISSED by 12%` (how far the value is from the bound, relative to the bound). */
export function verdict({ value, bound, kind }: Target): string {
  if (!Number.isFinite(value)) return 'not measured';
  const ok = kind === 'min' ? value >= bound : value <= bound;
  if (ok) return 'met';
  return `MISSED by ${Math.round((Math.abs(value - bound) / bound) * 100)}%`;
}

/** `>= 0.8x` or `<= 1.15x`. */
export const targetText = ({ bound, kind }: Target): string => `${kind === 'min' ? '>=' : '<='} ${bound}x`;
