// The e-mail digest of a dashboard month, as HTML (inline styles, as mail clients need) and plain text, from the same
// model and the same formatted texts as the tab: numbers in the e-mail are exactly the tab's.

import { comparisonLabels, tileLines } from '../dashboard/layout-tiles';
import { COMPARISON_KEYS, type Tile } from '../dashboard/model-tiles';
import type { DashboardModel } from '../dashboard/model-types';
import { comparisonPeriods } from '../dashboard/periods';
import { formatChange, formatDayRange, formatValue, plural } from '../dashboard/text-format';
import { t } from '../i18n';
import { biggestMovers, type Mover } from './movers';

export interface Digest {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

/** Longest text taken from the workbook into an e-mail (sheet names, labels): mail stays readable whatever a cell holds. */
const MAX_TEXT = 200;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(text: string): string {
  const cut = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
  return cut.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const TONE_COLOR = { good: '#137333', bad: '#b3261e', neutral: '#5f6368' } as const;

function comparisonsOf(tile: Tile, labels: Record<string, string>): { label: string; text: string; tone: keyof typeof TONE_COLOR }[] {
  return COMPARISON_KEYS.map((k) => ({ label: labels[k], text: tile.comparisons[k].text, tone: tile.comparisons[k].change.tone }));
}

/** Lines under a tile's value, as on the tab: target and attainment, folded KPIs, notes (the pipeline's coverage). */
function extraLines(model: DashboardModel, tile: Tile): string[] {
  const notes = model.headline.notes[tile.id] ? [model.headline.notes[tile.id]] : [];
  const lines = tileLines(tile, { lang: model.lang, currency: model.currency }, notes);
  if (tile.attainment !== null) lines.splice(tile.target ? 1 : 0, 0, t(model.lang, 'dash_attained', { rate: formatValue(tile.attainment, 'rate', model.lang, model.currency) }));
  return lines;
}

function headlineHtml(model: DashboardModel, labels: Record<string, string>): string {
  const cells = model.headline.tiles.map((tile) => {
    const rows = comparisonsOf(tile, labels)
      .map((c) => `<div style="font-size:12px;color:${TONE_COLOR[c.tone]}">${esc(c.text)} <span style="color:#5f6368">${esc(c.label)}</span></div>`)
      .join('');
    const note = extraLines(model, tile)
      .map((line) => `<div style="font-size:12px;color:#5f6368">${esc(line)}</div>`)
      .join('');
    return `<td style="vertical-align:top;padding:12px;border:1px solid #e0e3e7;border-radius:8px;background:#ffffff;width:20%"><div style="font-size:12px;color:#5f6368">${esc(tile.label)}</div><div style="font-size:22px;font-weight:600;color:#202124;margin:4px 0">${esc(tile.text)}</div>${rows}${note}</td>`;
  });
  return `<table role="presentation" cellspacing="8" style="width:100%;border-collapse:separate"><tr>${cells.join('')}</tr></table>`;
}

function moverLine(m: Mover, model: DashboardModel): string {
  return `${m.tile.label} ${m.tile.text} (${formatChange(m.tile.comparisons.previous.change, model.lang)})`;
}

function qualityLine(model: DashboardModel): string {
  const lines = model.quality.lines;
  if (lines.length === 0) return t(model.lang, 'digest_quality_ok');
  return plural(model.lang, 'digest_quality_issues', lines.length, { first: lines[0].length > 120 ? `${lines[0].slice(0, 119)}…` : lines[0] });
}

/** The digest of `model`'s month; `link` opens the spreadsheet on the generated tab (`…#gid=123`). */
export function renderDigest(model: DashboardModel, link: string): Digest {
  const lang = model.lang;
  const labels = comparisonLabels(comparisonPeriods(model.month, model.fiscalYearStart), lang);
  const first = model.headline.tiles[0];
  const subject = t(lang, 'digest_subject', { title: model.title, revenue: first ? `${first.label} ${first.text}` : model.periodLine });
  const movers = biggestMovers(model);
  const period = comparisonPeriods(model.month, model.fiscalYearStart).month;
  const intro = t(lang, 'digest_intro', { period: formatDayRange(period.start, period.end - 1, lang), tab: model.tabName });
  const quality = qualityLine(model);
  const moverList = (title: string, list: Mover[]) =>
    list.length === 0
      ? ''
      : `<h3 style="font-size:14px;margin:16px 0 4px">${esc(title)}</h3><ul style="margin:0;padding-left:20px">${list
          .map((m) => `<li style="color:${TONE_COLOR[m.tile.comparisons.previous.change.tone]}"><span style="color:#202124">${esc(moverLine(m, model))}</span></li>`)
          .join('')}</ul>`;
  const noMovers = movers.up.length + movers.down.length === 0 ? `<p>${esc(t(lang, 'digest_no_movers'))}</p>` : '';
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f6f8fa;font-family:Arial,Helvetica,sans-serif;color:#202124">
<div style="max-width:880px;margin:0 auto">
<h1 style="font-size:20px;margin:0 0 4px">${esc(model.title)}</h1>
<p style="margin:0 0 12px;color:#5f6368">${esc(intro)}</p>
${headlineHtml(model, labels)}
${moverList(t(lang, 'digest_movers_up'), movers.up)}${moverList(t(lang, 'digest_movers_down'), movers.down)}${noMovers}
<p style="margin:16px 0;color:#5f6368">${esc(quality)}</p>
<p><a href="${esc(link)}" style="display:inline-block;padding:10px 16px;background:#1a73e8;color:#ffffff;text-decoration:none;border-radius:6px">${esc(t(lang, 'digest_open'))}</a></p>
<p style="font-size:11px;color:#80868b">${esc(t(lang, 'digest_footer'))}</p>
</div></body></html>
`;
  const textLines = [
    model.title,
    intro,
    '',
    ...model.headline.tiles.flatMap((tile) => [
      `${tile.label}: ${tile.text}`,
      ...comparisonsOf(tile, labels).map((c) => `  ${c.text} ${c.label}`),
      ...extraLines(model, tile).map((line) => `  ${line}`),
    ]),
    '',
    ...(movers.up.length ? [`${t(lang, 'digest_movers_up')}:`, ...movers.up.map((m) => `  ${moverLine(m, model)}`)] : []),
    ...(movers.down.length ? [`${t(lang, 'digest_movers_down')}:`, ...movers.down.map((m) => `  ${moverLine(m, model)}`)] : []),
    ...(movers.up.length + movers.down.length === 0 ? [t(lang, 'digest_no_movers')] : []),
    '',
    quality,
    '',
    `${t(lang, 'digest_open')}: ${link}`,
    '',
    t(lang, 'digest_footer'),
  ];
  return { subject: subject.length > 250 ? `${subject.slice(0, 249)}…` : subject, html, text: `${textLines.join('\n')}\n` };
}
