// Computes KPI results once per (KPI, period, segment) and turns them into figures that remember their origin.

import { kpiById } from '../kpi/catalog';
import { computeKpi } from '../kpi/compute';
import { targetFor } from '../kpi/targets';
import type { KpiInput, KpiResult, Period, Segment, Unit } from '../kpi/types';
import type { Figure, FigureField } from './model-types';

export class Calc {
  private readonly cache = new Map<string, KpiResult>();
  readonly figures: Figure[] = [];

  constructor(readonly input: KpiInput) {}

  result(id: string, period: Period, segment?: Segment): KpiResult {
    const key = `${id}|${period.key}|${period.start}|${segment ? `${segment.field}=${segment.value}` : ''}`;
    let r = this.cache.get(key);
    if (!r) {
      r = computeKpi(id, this.input, period, segment);
      this.cache.set(key, r);
    }
    return r;
  }

  /** Seeds the cache with results computed elsewhere (monthlyTable), so figures reuse them. */
  remember(id: string, period: Period, result: KpiResult): void {
    this.cache.set(`${id}|${period.key}|${period.start}|`, result);
  }

  unit(id: string): Unit {
    return kpiById(id)?.unit ?? 'count';
  }

  private record(f: Figure): Figure {
    this.figures.push(f);
    return f;
  }

  /** The KPI's value (or numerator) for the period and segment, as a recorded figure. */
  figure(id: string, period: Period, field: 'value' | 'numerator' = 'value', segment?: Segment): Figure {
    const r = this.result(id, period, segment);
    const raw = field === 'numerator' ? r.numerator : r.value;
    const value = raw === undefined || raw === null || !Number.isFinite(raw) ? null : raw;
    const unit: Unit = field === 'numerator' ? 'count' : this.unit(id);
    return this.record(segment ? { kpiId: id, period: period.key, segment, field, value, unit } : { kpiId: id, period: period.key, field, value, unit });
  }

  /** A breakdown row's count or share, as a recorded figure. */
  breakdownFigure(id: string, period: Period, key: string, field: 'count' | 'share' | 'value', value: number | null | undefined): Figure {
    const unit: Unit = field === 'share' ? 'rate' : field === 'count' ? 'count' : this.unit(id);
    const v = value === undefined || value === null || !Number.isFinite(value) ? null : value;
    return this.record({ kpiId: id, period: period.key, field, key, value: v, unit });
  }

  /** The target set for the KPI (team, or one owner), as a recorded figure; null when none is set. */
  target(id: string, period: Period, owner?: string): Figure | null {
    const raw = targetFor(this.input, id, period, owner);
    if (raw === null || raw === undefined || !Number.isFinite(raw)) return null;
    const segment = owner === undefined ? undefined : { field: 'owner', value: owner };
    const base = { kpiId: id, period: period.key, field: 'target' as FigureField, value: raw, unit: this.unit(id) };
    return this.record(segment ? { ...base, segment } : base);
  }
}

/** value ÷ target, or null. */
export function ratio(value: number | null, target: number | null | undefined): number | null {
  if (value === null || target === null || target === undefined || target === 0) return null;
  const r = value / target;
  return Number.isFinite(r) ? r : null;
}

/** Relative change (value − previous) ÷ |previous|, or null. */
export function change(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null || previous === 0) return null;
  return (value - previous) / Math.abs(previous);
}
