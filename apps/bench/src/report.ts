// The report's tables. RESULTS.md is written by hand around blocks that `pnpm bench` fills in:
// `<!-- bench:NAME -->` ... `<!-- /bench:NAME -->`; the prose outside them is never touched.

/** A Markdown table with padded columns; columns after the first are right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, c) => Math.max(3, title.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${widths.map((width, c) => (c === 0 ? (cells[c] ?? '').padEnd(width) : (cells[c] ?? '').padStart(width))).join(' | ')} |`;
  const rule = `| ${widths.map((width, c) => (c === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const median = (values: readonly number[]): number => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** `a / b` as `0.80x`, `n/a` when either is missing. */
export const ratio = (a: number, b: number): string => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}x` : 'n/a');
export const fixed = (value: number, digits = 0): string =>
  Number.isFinite(value) ? value.toFixed(digits).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : 'n/a';
/** Single runs as `min–max`. */
export const spread = (values: readonly number[], digits = 0): string =>
  values.length ? `${fixed(Math.min(...values), digits)}–${fixed(Math.max(...values), digits)}` : 'n/a';

/** Replaces each `bench:NAME` block of `text` with its fresh content; blocks not there yet are appended. */
export function fillBlocks(text: string, blocks: Record<string, string>): string {
  let out = text;
  for (const [name, content] of Object.entries(blocks)) {
    const block = `<!-- bench:${name} -->\n${content}\n<!-- /bench:${name} -->`;
    const pattern = new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->`);
    out = pattern.test(out) ? out.replace(pattern, () => block) : `${out.trimEnd()}\n\n${block}\n`;
  }
  return out;
}
