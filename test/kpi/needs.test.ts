// The fields a KPI reads: with only those columns, every catalog KPI gives the same result as with whole tables.

import { KPI_CATALOG } from '../../src/kpi/catalog';
import { computeDef } from '../../src/kpi/compute';
import { fieldsRead } from '../../src/kpi/needs';
import type { KpiInput, Segment } from '../../src/kpi/types';
import type { EntityId } from '../../src/model/entities';
import type { Table } from '../../src/model/table';
import { ACTIVITIES, COMPLAINTS, CUSTOMERS, DEALS, LEADS, ORDERS, SPEND, SUBSCRIPTIONS, TARGETS } from './fixtures';
import { input, month } from './table-builder';

const full = input({ deals: DEALS, leads: LEADS, customers: CUSTOMERS, orders: ORDERS, spend: SPEND, activities: ACTIVITIES, targets: TARGETS, complaints: COMPLAINTS, subscriptions: SUBSCRIPTIONS });

function only(fields: ReadonlySet<string> | undefined): KpiInput {
  if (!fields) return full;
  const tables: Partial<Record<EntityId, Table>> = {};
  for (const [entity, table] of Object.entries(full.tables) as [EntityId, Table][]) {
    const columns = Object.fromEntries(Object.entries(table.columns).filter(([f]) => fields.has(f)));
    tables[entity] = { ...table, columns };
  }
  return { tables, settings: full.settings };
}

test('lists every alternative field, the date columns of their tables, the optional ones read, and the segment field with its aliases', () => {
  const def = { id: 'x', needs: [[{ entity: 'deals' as const, fields: ['closed', 'stage'] }], [{ entity: 'orders' as const, fields: ['date'] }]] };
  const base = ['closed', 'stage', 'created', 'quote_sent', 'date'];
  expect([...(fieldsRead(def) ?? [])]).toEqual(base);
  expect([...(fieldsRead(def, 'source') ?? [])]).toEqual([...base, 'source', 'channel']);
  expect([...(fieldsRead(def, 'owner') ?? [])]).toEqual([...base, 'owner']);
  expect([...(fieldsRead({ ...def, id: 'ltv' }) ?? [])]).toEqual([...base, 'cost']);
  expect(fieldsRead({ ...def, id: 'meetings' })).toBeUndefined();
});

const SEGMENTS: (Segment | undefined)[] = [undefined, { field: 'owner', value: 'alice' }, { field: 'source', value: 'web' }, { field: 'sector', value: 'Retail' }];

test.each(KPI_CATALOG.map((def) => [def.id, def] as const))('%s gives the same result from only the fields it reads', (_, def) => {
  for (const segment of SEGMENTS) {
    const pruned = only(fieldsRead(def, segment?.field));
    for (const key of ['2024-02', '2024-03', '2024-04']) {
      expect(computeDef(def, pruned, month(key), segment)).toEqual(computeDef(def, full, month(key), segment));
    }
  }
});
