// What a SPARKLINE cell shows in the offline preview: an inline SVG line over the numbers of the range it names.

/** A line as Sheets draws a default sparkline: fills the cell, blue, no axis; nothing under two points. */
export function sparklineSvg(values: readonly number[], width: number, height: number): string {
  if (values.length < 2) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = 2;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (values.length - 1);
  const y = (v: number) => (max === min ? height / 2 : pad + ((max - v) * (height - 2 * pad)) / (max - min));
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  return `<svg class="sparkline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"><polyline fill="none" stroke="#4285f4" stroke-width="1.5" points="${points}"/></svg>`;
}
