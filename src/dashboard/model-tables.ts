// The dashboard's keyed tables: conversion funnel, lost-deal reasons, per sales rep, per source/channel.

import { t } from '../i18n';
import { keyCodes } from '../kpi/keys';
import { computableKpis } from '../kpi/requirements';
import type { Period, Unit } from '../kpi/types';
import { normalizeText } from '../model/normalize';
import type { Lang } from '../model/settings';
import { type Calc, ratio } from './model-calc';
import type { FunnelStage, KeyedTable, Num } from './model-types';

/** At most this many keys per table; the rest are counted in `more`. */
export const MAX_KEYS = 25;

function allowed(calc: Calc): Set<string> {
  return new Set(computableKpis(calc.input.tables).map((d) => d.id));
}

export function buildFunnel(calc: Calc, period: Period, lang: Lang): FunnelStage[] {
  const ok = allowed(calc);
  const stages: FunnelStage[] = [];
  if (ok.has('leads')) stages.push({ label: t(lang, 'dash_funnel_leads'), figure: calc.figure('leads', period) });
  if (ok.has('qualified_leads')) stages.push({ label: t(lang, 'dash_funnel_qualified'), figure: calc.figure('qualified_leads', period) });
  if (ok.has('lead_to_opportunity')) {
    stages.push({ label: t(lang, 'dash_funnel_opportunities'), figure: calc.figure('lead_to_opportunity', period, 'numerator') });
  }
  if (ok.has('deals_won')) stages.push({ label: t(lang, 'dash_funnel_won'), figure: calc.figure('deals_won', period) });
  return stages.length >= 2 ? stages : [];
}

export function buildLostReasons(calc: Calc, period: Period, lang: Lang): KeyedTable | null {
  if (!allowed(calc).has('lost_reasons')) return null;
  const rows = calc.result('lost_reasons', period).breakdown ?? [];
  const shown = rows.slice(0, MAX_KEYS);
  return {
    headers: [t(lang, 'dash_lost_reason'), t(lang, 'dash_lost_count'), t(lang, 'dash_share')],
    units: ['count', 'rate'],
    rows: shown.map((r) => ({
      key: r.key.trim() === '' ? t(lang, 'dash_blank_key') : r.key,
      cells: [
        calc.breakdownFigure('lost_reasons', period, r.key, 'count', r.count),
        calc.breakdownFigure('lost_reasons', period, r.key, 'share', r.share),
      ],
    })),
    more: rows.length - shown.length,
  };
}

interface Column {
  readonly id: string;
  readonly header: string;
}

/** One row per key: each column is a KPI computed on the segment `field = key`. */
function keyedRows(calc: Calc, period: Period, field: string, keys: readonly string[], columns: readonly Column[]) {
  return keys.map((key) => ({
    key,
    cells: columns.map((c) => calc.figure(c.id, period, 'value', { field, value: key })) as Num[],
  }));
}

/** One line per rep (revenue order): revenue, deals won, win rate, cycle, open pipeline, target and attainment; team totals. */
export function buildReps(calc: Calc, period: Period, lang: Lang): KeyedTable | null {
  const ok = allowed(calc);
  if (!ok.has('sales_per_rep')) return null;
  const owners = (calc.result('sales_per_rep', period).breakdown ?? []).map((r) => r.key).filter((k) => k !== '');
  const columns: Column[] = [
    { id: 'revenue', header: t(lang, 'dash_rep_revenue') },
    { id: 'deals_won', header: t(lang, 'dash_rep_won') },
    { id: 'win_rate', header: t(lang, 'dash_rep_win_rate') },
    { id: 'sales_cycle', header: t(lang, 'dash_rep_cycle') },
    { id: 'pipeline', header: t(lang, 'dash_rep_pipeline') },
  ].filter((c) => ok.has(c.id));
  const at = columns.findIndex((c) => c.id === 'revenue');
  const withTargets = (cells: Num[], owner?: string): Num[] => {
    const target = calc.target('revenue', period, owner);
    const revenue = at >= 0 ? (cells[at]?.value ?? null) : null;
    return [...cells, target ?? { value: null, unit: 'currency' }, { value: ratio(revenue, target?.value), unit: 'rate' }];
  };
  const rows = keyedRows(calc, period, 'owner', owners, columns)
    .map((row, i) => ({ key: row.key, cells: withTargets(row.cells, owners[i]) }))
    .sort((a, b) => (b.cells[at]?.value ?? -Infinity) - (a.cells[at]?.value ?? -Infinity));
  const shown = rows.slice(0, MAX_KEYS);
  const team = withTargets(columns.map((c) => calc.figure(c.id, period)));
  return {
    headers: [t(lang, 'dash_rep'), ...columns.map((c) => c.header), t(lang, 'dash_rep_target'), t(lang, 'dash_rep_attainment')],
    units: [...columns.map((c) => calc.unit(c.id)), 'currency', 'rate'] as Unit[],
    rows: shown,
    more: owners.length - shown.length,
    total: { key: t(lang, 'dash_total'), cells: team },
    attainmentColumn: columns.length + 1,
  };
}

/** Distinct source/channel values across leads, deals, orders and customers with their row counts, most frequent first. */
function channelKeys(calc: Calc): string[] {
  const seen = new Map<string, { label: string; rows: number; order: number }>();
  const sources: [string, string][] = [['deals', 'source'], ['leads', 'source'], ['orders', 'channel'], ['customers', 'source']];
  for (const [entity, field] of sources) {
    const table = calc.input.tables[entity as keyof typeof calc.input.tables];
    const kc = table ? keyCodes(table, field) : undefined;
    if (!kc) continue;
    const counts = new Array<number>(kc.labels.length).fill(0);
    for (let i = 0; i < kc.codes.length; i++) if (kc.codes[i] >= 0) counts[kc.codes[i]]++;
    kc.labels.forEach((label, code) => {
      const norm = normalizeText(label);
      if (!norm) return;
      const entry = seen.get(norm);
      if (entry) entry.rows += counts[code];
      else seen.set(norm, { label, rows: counts[code], order: seen.size });
    });
  }
  return [...seen.values()].sort((a, b) => b.rows - a.rows || a.order - b.order).map((e) => e.label);
}

export function buildChannels(calc: Calc, period: Period, lang: Lang): KeyedTable | null {
  const ok = allowed(calc);
  const keys = channelKeys(calc);
  if (keys.length === 0) return null;
  const columns: Column[] = [
    { id: 'leads', header: t(lang, 'dash_channel_leads') },
    { id: 'deals_won', header: t(lang, 'dash_rep_won') },
    { id: 'revenue', header: t(lang, 'dash_rep_revenue') },
    { id: 'win_rate', header: t(lang, 'dash_rep_win_rate') },
  ].filter((c) => ok.has(c.id));
  if (columns.length === 0) return null;
  const sortBy = Math.max(0, columns.findIndex((c) => c.id === 'revenue'));
  const rows = keyedRows(calc, period, 'source', keys.slice(0, MAX_KEYS), columns).filter((row) => row.cells.some((c) => c.value !== null));
  const score = (cells: readonly Num[]) => cells[sortBy]?.value ?? -Infinity;
  const sorted = rows.map((row, i) => ({ row, i })).sort((a, b) => score(b.row.cells) - score(a.row.cells) || a.i - b.i);
  return {
    headers: [t(lang, 'dash_channel'), ...columns.map((c) => c.header)],
    units: columns.map((c) => calc.unit(c.id)),
    rows: sorted.map((x) => x.row),
    more: Math.max(0, keys.length - MAX_KEYS),
  };
}
