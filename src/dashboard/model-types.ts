// The dashboard model: every figure of a monthly tab, with the KPI, period and segment it comes from.

import type { MissingFields } from '../kpi/missing';
import type { Segment, Unit } from '../kpi/types';
import type { MonthIndex } from '../model/days';
import type { Lang } from '../model/settings';
import type { PipelineView } from './model-pipeline';
import type { Tile } from './model-tiles';
import type { SectionId } from './sections';

/** Which part of a KPI result (or its target) a figure shows. */
export type FigureField = 'value' | 'numerator' | 'target' | 'count' | 'share';

/** One number on the tab and where it comes from, so a test can recompute it with the engine. */
export interface Figure {
  readonly kpiId: string;
  /** Period key (`2024-03`). */
  readonly period: string;
  readonly segment?: Segment;
  readonly field: FigureField;
  /** For breakdown figures: the breakdown row's key. */
  readonly key?: string;
  readonly value: number | null;
  readonly unit: Unit;
}

export type { Tile } from './model-tiles';

/** A section of tiles (Sales, Pipeline & forecast, ...). */
export interface Section {
  readonly id: SectionId;
  readonly title: string;
  readonly tiles: readonly Tile[];
}

/** A KPI the data does not allow yet, and what to map to unlock it (`Affaires › Probabilité`). */
export interface Locked {
  readonly id: string;
  readonly label: string;
  readonly unlock: string;
}

/** The headline band: five tiles and, under the pipeline, its coverage of the remaining target. */
export interface Headline {
  readonly tiles: readonly Tile[];
  /** Extra line per tile id (the pipeline's coverage). */
  readonly notes: Readonly<Record<string, string>>;
}

export interface TrendColumn {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  /** One figure per month of the trend. */
  readonly figures: readonly Figure[];
}

export interface Trend {
  readonly months: readonly MonthIndex[];
  readonly columns: readonly TrendColumn[];
}

export interface FunnelStage {
  readonly label: string;
  readonly figure: Figure;
}

/** A number shown on the tab: a figure from the engine, or one derived from figures (an attainment, a change). */
export interface Num {
  readonly value: number | null;
  readonly unit: Unit;
}

export interface BreakdownLine {
  readonly key: string;
  readonly cells: readonly Num[];
}

/** A table with one row per key (rep, source, reason): headers, units, rows, and how many keys were left out. */
export interface KeyedTable {
  readonly headers: readonly string[];
  readonly units: readonly Unit[];
  readonly rows: readonly BreakdownLine[];
  readonly more: number;
  /** A totals line (team), when the table has one. */
  readonly total?: BreakdownLine;
  /** Index in `cells` of an attainment column, coloured on/off target. */
  readonly attainmentColumn?: number;
}

export interface TableQuality {
  readonly entity: string;
  readonly sheet: string;
  readonly read: number;
  readonly kept: number;
  readonly blank: number;
  readonly leftOut: number;
}

export interface Quality {
  readonly tables: readonly TableQuality[];
  /**
   * Sentences: problems met while reading, fields and tables missing for KPIs (describeMissing), parse issues
   * (describeIssue), KPIs that left rows out.
   */
  readonly lines: readonly string[];
  /** What to map for the KPIs the tables cannot compute (entity, fields, KPIs, closest columns). */
  readonly missing: readonly MissingFields[];
}

export interface DashboardModel {
  readonly lang: Lang;
  readonly month: MonthIndex;
  readonly tabName: string;
  readonly title: string;
  readonly periodLine: string;
  readonly generatedLine: string;
  /** Shown under the header when set: the last scheduled run failed. */
  readonly scheduleLine?: string;
  readonly sourcesLine: string;
  /** `Données : 8 tables, 15 530 lignes · ...`: the short form under the title. */
  readonly summaryLine: string;
  /** A warning to show under the title (e.g. the last scheduled run failed), or null. */
  readonly notice: string | null;
  readonly headline: Headline;
  readonly sections: readonly Section[];
  readonly locked: readonly Locked[];
  readonly pipeline: PipelineView | null;
  /** Every tile (headline and sections), for the data-quality block. */
  readonly tiles: readonly Tile[];
  readonly trend: Trend;
  readonly funnel: readonly FunnelStage[];
  readonly lostReasons: KeyedTable | null;
  readonly reps: KeyedTable | null;
  readonly channels: KeyedTable | null;
  /** Start MRR, each movement and end MRR of the month (when the data has subscriptions). */
  readonly mrrBridge: KeyedTable | null;
  /** "By sector", "by region": one table per column of a related table (see model-lookups.ts). */
  readonly related: readonly { readonly title: string; readonly field: string; readonly table: KeyedTable }[];
  readonly quality: Quality;
  readonly currency: string;
  /** First month (1-12) of the fiscal year, for the quarter- and year-to-date comparisons. */
  readonly fiscalYearStart: number;
  /** Every figure shown on the tab (tiles, trend, funnel, tables). */
  readonly figures: readonly Figure[];
}

/** What the caller knows beyond the data: when, and what went wrong while reading. */
export interface ModelContext {
  /** Already formatted in the spreadsheet's time zone (`2024-04-01 06:00`). */
  readonly generatedAt?: string;
  readonly problems?: readonly string[];
  /** A line about the schedule to show on the tab (the last scheduled run failed), already in the tab's language. */
  readonly scheduleNote?: string;
  /** A warning to show under the title (the last scheduled run failed...). */
  readonly notice?: string;
}
