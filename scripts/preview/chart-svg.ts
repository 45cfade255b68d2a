// Renders a recorded column, line or combo chart as inline SVG: title, axes (a right one when a series asks), bars, lines, legend.

import { formatNumber, type ChartSpec } from '../runtime/index';
import { barChartSvg } from './chart-bar-svg';
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
  if (spec.type.toUpperCase() === 'BAR') return barChartSvg(spec, data, locale);
  const width = Number(option(spec, 'width')) || 600;
  const height = Number(option(spec, 'height')) || 371;
  const title = String(option(spec, 'title') ?? '');
  const percent = option(spec, 'vAxis.format') === 'percent';
  const colors = (option(spec, 'colors') as string[] | undefined) ?? PALETTE;
  const seriesOption = (k: number, key: string): unknown => {
    const all = option(spec, 'series') as Record<string, Record<string, unknown> | undefined> | undefined;
    return all?.[k]?.[key];
  };
  const axisOf = data.series.map((_, k) => (Number(seriesOption(k, 'targetAxisIndex')) === 1 ? 1 : 0));
  const twoAxes = axisOf.includes(1);
  const left = width < 400 ? 52 : 64;
  const right = twoAxes ? 64 : 16;
  const top = title ? (width < 400 ? 32 : 40) : 16;
  const bottom = data.series.length > 1 ? (width < 400 ? 44 : 68) : width < 400 ? 28 : 48;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  /** One vertical scale per axis (0: left, 1: right), from the series drawn against it. */
  const scales = [0, 1].map((axis) => {
    const values = data.series.flatMap((s, k) => (axisOf[k] === axis ? s.values.filter((v): v is number => v !== null) : []));
    let min = Math.min(0, ...values);
    let max = Math.max(0, ...values);
    if (max === min) max = min + 1;
    const step = niceStep(max - min);
    min = Math.floor(min / step) * step;
    max = Math.ceil(max / step) * step;
    const first = data.series.findIndex((_, k) => axisOf[k] === axis);
    const format = percent && axis === 0 ? '0%' : (data.series[first]?.format ?? '');
    return { min, max, step, format, y: (v: number) => top + plotH - ((v - min) / (max - min)) * plotH };
  });
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff" stroke="#dadce0"/>`);
  const small = width < 400;
  if (title) parts.push(`<text x="${width / 2}" y="${small ? 20 : 24}" text-anchor="middle" font-size="${small ? 12 : 14}" font-weight="bold" fill="#202124">${escapeText(title)}</text>`);
  scales.forEach((scale, axis) => {
    if (axis === 1 && !twoAxes) return;
    const tick = (v: number) => escapeText(formatNumber(v, scale.format, locale));
    for (let v = scale.min; v <= scale.max + scale.step / 2; v += scale.step) {
      const yv = scale.y(v).toFixed(1);
      if (axis === 0) parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${yv}" y2="${yv}" stroke="${v === 0 ? '#5f6368' : '#e8eaed'}"/>`);
      const x = axis === 0 ? left - 6 : left + plotW + 6;
      parts.push(`<text x="${x}" y="${(scale.y(v) + 4).toFixed(1)}" text-anchor="${axis === 0 ? 'end' : 'start'}" font-size="${width < 400 ? 9 : 11}" fill="#5f6368">${tick(v)}</text>`);
    }
  });
  const n = Math.max(1, data.labels.length);
  const band = plotW / n;
  const every = Math.ceil(n / Math.max(1, Math.floor(plotW / 60)));
  data.labels.forEach((label, i) => {
    if (i % every !== 0) return;
    parts.push(`<text x="${(left + band * (i + 0.5)).toFixed(1)}" y="${top + plotH + 14}" text-anchor="middle" font-size="${width < 400 ? 9 : 11}" fill="#5f6368">${escapeText(label)}</text>`);
  });
  const chartType = spec.type.toUpperCase();
  const isLine = (k: number) => {
    const own = seriesOption(k, 'type');
    if (own === 'line' || own === 'area') return true;
    if (own === 'bars') return false;
    return chartType === 'LINE' || chartType === 'AREA';
  };
  const barSeries = data.series.map((_, k) => k).filter((k) => !isLine(k));
  data.series.forEach((s, k) => {
    const color = safeColor(colors[k % colors.length], PALETTE[k % PALETTE.length]);
    const { y, format } = scales[axisOf[k]];
    if (isLine(k)) {
      const points = s.values.map((v, i) => (v === null ? null : `${(left + band * (i + 0.5)).toFixed(1)},${y(v).toFixed(1)}`));
      const segments: string[][] = [[]];
      for (const p of points) {
        if (p === null) segments.push([]);
        else segments[segments.length - 1].push(p);
      }
      for (const seg of segments) if (seg.length > 1) parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${seg.join(' ')}"/>`);
      for (const p of points) if (p) parts.push(`<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${color}"/>`);
    } else {
      const barW = (band * 0.7) / barSeries.length;
      const slot = barSeries.indexOf(k);
      s.values.forEach((v, i) => {
        if (v === null) return;
        const x = left + band * i + band * 0.15 + barW * slot;
        const y0 = v >= 0 ? y(v) : y(0);
        const h = Math.abs(y(v) - y(0));
        parts.push(`<rect x="${x.toFixed(1)}" y="${y0.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${color}"><title>${escapeText(`${data.labels[i] ?? ''}: ${formatNumber(v, format, locale)}`)}</title></rect>`);
      });
    }
  });
  if (data.series.length > 1) {
    data.series.forEach((s, k) => {
      const color = safeColor(colors[k % colors.length], PALETTE[k % PALETTE.length]);
      const x = left + k * Math.floor(plotW / data.series.length);
      const yl = height - 10;
      parts.push(`<rect x="${x}" y="${yl - 9}" width="10" height="10" fill="${color}"/>`);
      parts.push(`<text x="${x + 14}" y="${yl}" font-size="${width < 400 ? 10 : 11}" fill="#3c4043">${escapeText(s.name)}</text>`);
    });
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, sans-serif" role="img" aria-label="${escapeText(title)}">${parts.join('')}</svg>`;
}
