// Markdown rendering of the benchmark: figures per part, then each target with its figure and whether it is met.

export interface Row {
  readonly part: string;
  readonly measure: string;
  readonly figure: string;
}

export interface Target {
  readonly target: string;
  readonly figure: string;
  /** null when the part could not run (dependency missing). */
  readonly met: boolean | null;
}

export const ms = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${x.toFixed(0)} ms` : `${x.toFixed(2)} ms`);
export const n = (x: number): string => Math.round(x).toLocaleString('en-US');
export const ratio = (x: number): string => `${x >= 10 ? x.toFixed(0) : x.toFixed(2)}×`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const cell = (s: string): string => s.replace(/\|/g, '\\|');

export function markdown(title: string, context: string, rows: readonly Row[], targets: readonly Target[], notes: readonly string[]): string {
  const out = [`## ${title}`, '', context, '', '| Part | Measure | Figure |', '|---|---|---|'];
  for (const r of rows) out.push(`| ${cell(r.part)} | ${cell(r.measure)} | ${cell(r.figure)} |`);
  out.push('', '| Target | Figure | Met |', '|---|---|---|');
  for (const t of targets) out.push(`| ${cell(t.target)} | ${cell(t.figure)} | ${t.met === null ? 'not run' : t.met ? 'met' : '**not met**'} |`);
  if (notes.length) out.push('', ...notes.map((x) => `- ${x}`));
  return out.join('\n');
}
