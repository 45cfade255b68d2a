// Renders a recorded horizontal bar chart (Sheets' BAR) as inline SVG: categories down the left, one bar per series.

import { formatNumber, type ChartSpec } from '../runtime/index';
import type { ChartData } from './chart-data';
import { escapeText } from './escape';

const PALETTE = ['#4285f4', '#db4437', '#f4b400', '#0f9d58'];

/** The chart as an `<svg>`: title, category labels, bars with their value at the end, a legend for several series. */
export function barChartSvg(spec: ChartSpec, data: ChartData, locale: string): string {
  const width = Number(spec.options.width) || 600;
  const height = Number(spec.options.height) || 371;
  const title = String(spec.options.title ?? '');
  const labelWidth = Math.min(110, Math.max(50, ...data.labels.map((l) => l.length * 6 + 8)));
  const left = labelWidth;
  const right = 56;
  const top = title ? 34 : 10;
  const bottom = data.series.length > 1 ? 26 : 10;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = Math.max(1e-9, ...data.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const n = Math.max(1, data.labels.length);
  const band = plotH / n;
  const barH = (band * 0.7) / Math.max(1, data.series.length);
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#ffffff" stroke="#dadce0"/>`];
  if (title) parts.push(`<text x="${width / 2}" y="20" text-anchor="middle" font-size="12" font-weight="bold" fill="#202124">${escapeText(title)}</text>`);
  data.labels.forEach((label, i) => {
    const y = top + band * (i + 0.5) + 4;
    const shown = label.length > 18 ? `${label.slice(0, 17)}…` : label;
    parts.push(`<text x="${left - 6}" y="${y.toFixed(1)}" text-anchor="end" font-size="10" fill="#3c4043">${escapeText(shown)}</text>`);
  });
  data.series.forEach((s, k) => {
    const color = PALETTE[k % PALETTE.length];
    s.values.forEach((v, i) => {
      if (v === null) return;
      const w = (Math.max(0, v) / max) * plotW;
      const y = top + band * i + band * 0.15 + barH * k;
      parts.push(`<rect x="${left}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${barH.toFixed(1)}" fill="${color}"/>`);
      parts.push(`<text x="${(left + w + 4).toFixed(1)}" y="${(y + barH / 2 + 3).toFixed(1)}" font-size="9" fill="#5f6368">${escapeText(formatNumber(v, s.format, locale))}</text>`);
    });
  });
  if (data.series.length > 1) {
    data.series.forEach((s, k) => {
      const x = left + k * Math.floor(plotW / data.series.length);
      parts.push(`<rect x="${x}" y="${height - 16}" width="9" height="9" fill="${PALETTE[k % PALETTE.length]}"/>`);
      parts.push(`<text x="${x + 13}" y="${height - 8}" font-size="10" fill="#3c4043">${escapeText(s.name)}</text>`);
    });
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, sans-serif" role="img" aria-label="${escapeText(title)}">${parts.join('')}</svg>`;
}
