// KPI tiles with their comparisons (previous month, same month last year, quarter- and year-to-date) and folds.

import { kpiById } from '../kpi/catalog';
import { chosen } from '../kpi/needs';
import type { KpiDef } from '../kpi/types';
import { entityDef } from '../model/entities';
import type { Lang } from '../model/settings';
import { attainmentTone, type Change, changeOf, type Tone } from './comparisons';
import { type Calc, ratio } from './model-calc';
import type { Figure, Num } from './model-types';
import type { ComparisonPeriods } from './periods';
import { FOLDED_INTO } from './sections';
import { formatChange, formatValue } from './text-format';

export const COMPARISON_KEYS = ['previous', 'lastYear', 'qtd', 'ytd'] as const;
export type ComparisonKey = (typeof COMPARISON_KEYS)[number];

/** One comparison of a tile: the compared value (the month's, or the to-date one), its base, the change. */
export interface Compared {
  readonly value: Figure;
  readonly base: Figure;
  readonly change: Change;
  /** `▲ +1,6 pt` — the change as the reader sees it. */
  readonly text: string;
}

/** A KPI shown inside another tile (retention in churn's, ARR in MRR's), with its value as text. */
export interface Folded {
  readonly id: string;
  readonly label: string;
  readonly num: Num;
  readonly text: string;
}

export interface Tile {
  readonly id: string;
  readonly label: string;
  readonly unit: KpiDef['unit'];
  readonly better: KpiDef['better'];
  /** The table the value comes from (`Affaires`, `Commandes`): revenue and margin may come from different ones. */
  readonly source: string;
  readonly value: Figure;
  /** `79 500 €` */
  readonly text: string;
  readonly comparisons: Readonly<Record<ComparisonKey, Compared>>;
  readonly target: Figure | null;
  /** value ÷ target. */
  readonly attainment: number | null;
  readonly attainmentTone: Tone;
  readonly folded: readonly Folded[];
  readonly used: number;
  readonly skipped: number;
  readonly skippedBy: Readonly<Record<string, number>>;
  /** Kept for callers of the previous model: the previous month's figure and the relative/point change. */
  readonly previous: Figure;
  readonly change: number | null;
}

export interface TileContext {
  readonly calc: Calc;
  readonly periods: ComparisonPeriods;
  readonly lang: Lang;
  readonly currency: string;
  /** KPIs the data allows. */
  readonly allowed: ReadonlySet<string>;
}

function compared(ctx: TileContext, def: KpiDef, value: Figure, base: Figure): Compared {
  const change = changeOf(value.value, base.value, def.unit, def.better);
  return { value, base, change, text: formatChange(change, ctx.lang) };
}

/** Folded KPIs the host tile already shows another way: growth is its change, attainment its chip, coverage its notes. */
const SHOWN_OTHERWISE = ['growth', 'target_attainment', 'pipeline_coverage'];

function folds(ctx: TileContext, host: KpiDef): Folded[] {
  const out: Folded[] = [];
  for (const [id, into] of Object.entries(FOLDED_INTO)) {
    if (into !== host.id || !ctx.allowed.has(id) || SHOWN_OTHERWISE.includes(id)) continue;
    const def = kpiById(id);
    if (!def) continue;
    const figure = ctx.calc.figure(id, ctx.periods.month);
    out.push({ id, label: def.label[ctx.lang], num: figure, text: formatValue(figure.value, def.unit, ctx.lang, ctx.currency) });
  }
  return out;
}

/** The tile of `def` for the month, with its four comparisons, target and folded KPIs. */
export function buildTile(ctx: TileContext, def: KpiDef): Tile {
  const { calc, periods: p } = ctx;
  const r = calc.result(def.id, p.month);
  const value = calc.figure(def.id, p.month);
  const previous = calc.figure(def.id, p.previous);
  const comparisons = {
    previous: compared(ctx, def, value, previous),
    lastYear: compared(ctx, def, value, calc.figure(def.id, p.lastYear)),
    qtd: compared(ctx, def, calc.figure(def.id, p.qtd), calc.figure(def.id, p.qtdLastYear)),
    ytd: compared(ctx, def, calc.figure(def.id, p.ytd), calc.figure(def.id, p.ytdLastYear)),
  };
  const target = calc.target(def.id, p.month);
  const attainment = target ? ratio(value.value, target.value) : null;
  const alt = chosen(calc.input, def.needs);
  const entity = alt >= 0 ? def.needs[alt][0]?.entity : undefined;
  return {
    id: def.id,
    label: def.label[ctx.lang],
    unit: def.unit,
    better: def.better,
    source: entity ? entityDef(entity).label[ctx.lang] : '',
    value,
    text: formatValue(value.value, def.unit, ctx.lang, ctx.currency),
    comparisons,
    target,
    attainment,
    attainmentTone: target ? attainmentTone(attainment, def.better) : 'neutral',
    folded: folds(ctx, def),
    used: r.used,
    skipped: r.skipped,
    skippedBy: r.skippedBy ?? {},
    previous,
    change: comparisons.previous.change.value,
  };
}
