// The KPI export lists every catalog KPI for each month of the sample, per rep for the chosen month, with data quality.

import { KPI_CATALOG } from '../../src/kpi/catalog';
import type { KpiInput } from '../../src/kpi/types';
import { resolveColumns } from '../../src/model/config';
import { firstDayOfMonth, monthOfDay } from '../../src/model/days';
import type { EntityId } from '../../src/model/entities';
import { parseTable } from '../../src/model/parse-table';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import type { Table } from '../../src/model/table';
import { midnightIn } from '../../src/model/timezone';
import { generateSample, SAMPLE_TODAY } from '../../src/sample/generate';
import { buildKpiExport } from '../../src/sample/kpi-export';
import { freeSheetName, sampleConfig } from '../../src/sample/mapping';

const settings = { ...DEFAULT_SETTINGS, locale: 'fr_FR', timeZone: 'Europe/Paris' };
const sample = generateSample({ today: SAMPLE_TODAY, dealsPerMonth: 12, seed: 3 });
const config = sampleConfig(sample, settings);

function inputOf(): KpiInput {
  const tables: Partial<Record<EntityId, Table>> = {};
  for (const s of sample.sheets) {
    const values = [s.headers, ...s.rows.map((r) => r.map((v, c) => (s.dateColumns.includes(c) && typeof v === 'number' ? midnightIn(settings.timeZone, v) : v)))];
    const mapping = config.entities[s.entity];
    if (!mapping) throw new Error(s.entity);
    const { columns } = resolveColumns(mapping, s.headers);
    tables[s.entity] = parseTable(s.entity, s.name, values, columns, { headerRow: 1, settings, today: SAMPLE_TODAY });
  }
  return { tables, settings };
}

const exported = buildKpiExport(inputOf(), null);

describe('the sample mapping', () => {
  it('maps every sample field to its header on row 1 of the sheet it was written to', () => {
    const moved = sampleConfig(sample, settings, { deals: 'Affaires (2)' });
    expect(moved.entities.deals?.sheet).toBe('Affaires (2)');
    expect(moved.entities.deals?.fields.amount).toBe('Montant HT');
    expect(moved.entities.leads).toEqual(expect.objectContaining({ sheet: 'Leads', headerRow: 1 }));
    expect(Object.keys(moved.entities)).toHaveLength(9);
  });

  it('never reuses a taken sheet name', () => {
    expect(freeSheetName('Affaires', ['Feuille 1'])).toBe('Affaires');
    expect(freeSheetName('Affaires', ['affaires', 'Affaires (2)'])).toBe('Affaires (3)');
  });
});

describe('the KPI export', () => {
  it('covers the 24 sample months and defaults to the last one', () => {
    expect(exported.months).toHaveLength(24);
    expect(exported.months[0]).toBe('2024-11');
    expect(exported.month).toBe('2026-10');
  });

  it('has one team row per catalog KPI and month, with ids from the catalog', () => {
    const team = exported.kpis.filter((k) => k.segment === null);
    expect(team).toHaveLength(24 * KPI_CATALOG.length);
    const ids = new Set(KPI_CATALOG.map((d) => d.id));
    for (const k of exported.kpis) expect(ids.has(k.id)).toBe(true);
    for (const k of team) expect(k.value === null || Number.isFinite(k.value)).toBe(true);
  });

  it('gives the win rate of a month as won ÷ (won + lost) of the deals closed in it', () => {
    const deals = sample.sheets[1];
    const month = 2026 * 12 + 3;
    let won = 0;
    let lost = 0;
    for (const r of deals.rows) {
      if (typeof r[2] !== 'number' || monthOfDay(r[2]) !== month) continue;
      if (r[3] === 'Gagné') won++;
      if (r[3] === 'Perdu') lost++;
    }
    const row = exported.kpis.find((k) => k.id === 'win_rate' && k.period === '2026-04' && k.segment === null);
    expect(row?.value).toBeCloseTo(won / (won + lost), 10);
  });

  it('counts the leads created in a month, the blank row left out', () => {
    const leads = sample.sheets[0];
    const start = firstDayOfMonth(2025 * 12 + 5);
    const n = leads.rows.filter((r) => typeof r[0] === 'number' && r[0] >= start && r[0] < firstDayOfMonth(2025 * 12 + 6)).length;
    expect(exported.kpis.find((k) => k.id === 'leads' && k.period === '2025-06' && k.segment === null)?.value).toBe(n);
  });

  it('adds per-rep rows for the chosen month', () => {
    const perRep = exported.kpis.filter((k) => k.segment !== null);
    expect(perRep.length).toBeGreaterThanOrEqual(5 * 4);
    expect(perRep.every((k) => k.period === '2026-10' && k.segment?.field === 'owner')).toBe(true);
  });

  it('reports the blank rows and the unreadable amounts in the data quality', () => {
    const deals = exported.dataQuality.tables.find((t) => t.entity === 'deals');
    expect(deals?.blankRows).toBe(1);
    const unreadable = deals?.issues.find((i) => i.kind === 'unreadable_number');
    expect(unreadable?.count).toBe(2);
    expect(unreadable?.field).toBe('amount');
  });
});

describe('the subscriptions sheet', () => {
  const team = (id: string) => exported.kpis.filter((k) => k.id === id && k.segment === null);

  it('gives an MRR every month, and NRR, GRR and quick ratio from its movements', () => {
    const withValue = (id: string) => team(id).filter((k) => k.value !== null).length;
    expect(withValue('mrr')).toBe(24);
    expect(withValue('arr')).toBe(24);
    expect(withValue('nrr')).toBe(24);
    expect(withValue('grr')).toBe(24);
    expect(withValue('quick_ratio')).toBeGreaterThan(12);
    for (const k of team('grr')) if (k.value !== null) expect(k.value).toBeLessThanOrEqual(1);
  });

  it('shows every kind of movement over the two years (new, expansion, contraction, churn, reactivation)', () => {
    const input = inputOf();
    const seen = new Set<string>();
    for (const m of exported.months) {
      const [y, mo] = m.split('-').map(Number);
      const period = { key: m, start: firstDayOfMonth(y * 12 + mo - 1), end: firstDayOfMonth(y * 12 + mo) };
      for (const r of KPI_CATALOG.find((d) => d.id === 'mrr_movements')!.compute(input, period).breakdown ?? []) {
        if (r.key !== 'start' && r.key !== 'end' && r.value !== 0) seen.add(r.key);
      }
    }
    expect([...seen].sort()).toEqual(['churned', 'contraction', 'expansion', 'new', 'reactivation']);
  });
});

describe('times in hours', () => {
  it('keep the raw number in hours and say how a person reads it: hours below 48 h, days from 48 h', () => {
    const rows = exported.kpis.filter((r) => r.id === 'lead_response_time' && r.segment === null && r.value !== null);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const hours = r.value as number;
      expect(r.display).toEqual(hours < 47.95 ? { value: Math.round(hours * 10) / 10, unit: 'hours' } : { value: Math.round((hours / 24) * 10) / 10, unit: 'days' });
    }
    expect(exported.kpis.find((r) => r.id === 'revenue')?.display).toBeUndefined();
  });
});
