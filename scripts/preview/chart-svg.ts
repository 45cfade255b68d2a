// Renders a recorded column or line chart as inline SVG: title, axes with formatted ticks, bars or a polyline.

import { formatNumber, type ChartSpec } from '../runtime/index';
import type { ChartData } from './chart-data';
import { escapeText, safeColor } from './escape';

const PALETTE = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1'];

function niceStep(range: number): number {
  const raw = range / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (raw <= m * mag) return m * mag;
  return 10 * mag;
}

function option(spec: ChartSpec, key: string): unknown {
  if (key in spec.options) return spec.options[key];
  const [head, tail] = key.split('.');
  const nested = spec.options[head];
  return tail && nested && typeof nested === 'object' ? (nested as Record<string, unknown>)[tail] : undefined;
}

/** The chart as an `<svg>` element of the spec's width and height (default 600 x 371, as Sheets). */
export function chartSvg(spec: ChartSpec, data: ChartData, locale: string): string {
  const width = Number(option(spec, 'width')) || 600;
  const height = Number(option(spec, 'height')) || 371;
  const title = String(option(spec, 'title') ?? '');
  const percent = option(spec, 'vAxis.format') === 'percent';
  const colors = (option(spec, 'colors') as string[] | undefined) ?? PALETTE;
  const left = 64;
  const right = 16;
  const top = title ? 40 : 16;
  const bottom = 48;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const all = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  let min = Math.min(0, ...all);
  let max = Math.max(0, ...all);
  if (max === min) max = min + 1;
  const step = niceStep(max - min);
  min = Math.floor(min / step) * step;
  max = Math.ceil(max / step) * step;
  const y = (v: number) => top + plotH - ((v - min) / (max - min)) * plotH;
  const format = percent ? '0%' : (data.series[0]?.format ?? '');
  const tick = (v: number) => escapeText(formatNumber(v, format, locale));
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff" stroke="#dadce0"/>`);
  if (title) parts.push(`<text x="${width / 2}" y="24" text-anchor="middle" font-size="14" font-weight="bold" fill="#202124">${escapeText(title)}</text>`);
  for (let v = min; v <= max + step / 2; v += step) {
    parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${v === 0 ? '#5f6368' : '#e8eaed'}"/>`);
    parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#5f6368">${tick(v)}</text>`);
  }
  const n = Math.max(1, data.labels.length);
  const band = plotW / n;
  const every = Math.ceil(n / Math.max(1, Math.floor(plotW / 60)));
  data.labels.forEach((label, i) => {
    if (i % every !== 0) return;
    parts.push(`<text x="${(left + band * (i + 0.5)).toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle" font-size="11" fill="#5f6368">${escapeText(label)}</text>`);
  });
  const type = spec.type.toUpperCase();
  data.series.forEach((s, k) => {
    const color = safeColor(colors[k % colors.length], PALETTE[k % PALETTE.length]);
    if (type === 'LINE' || type === 'AREA') {
      const points = s.values.map((v, i) => (v === null ? null : `${(left + band * (i + 0.5)).toFixed(1)},${y(v).toFixed(1)}`));
      const segments: string[][] = [[]];
      for (const p of points) {
        if (p === null) segments.push([]);
        else segments[segments.length - 1].push(p);
      }
      for (const seg of segments) if (seg.length > 1) parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${seg.join(' ')}"/>`);
      for (const p of points) if (p) parts.push(`<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${color}"/>`);
    } else {
      const barW = (band * 0.7) / data.series.length;
      s.values.forEach((v, i) => {
        if (v === null) return;
        const x = left + band * i + band * 0.15 + barW * k;
        const y0 = v >= 0 ? y(v) : y(0);
        const h = Math.abs(y(v) - y(0));
        parts.push(`<rect x="${x.toFixed(1)}" y="${y0.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${color}"><title>${escapeText(`${data.labels[i] ?? ''}: ${formatNumber(v, format, locale)}`)}</title></rect>`);
      });
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, sans-serif" role="img" aria-label="${escapeText(title)}">${parts.join('')}</svg>`;
}
