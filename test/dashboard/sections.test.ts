// Every catalog KPI has a place on the dashboard: the headline, a section, another tile, or a table.

import { FOLDED_INTO, HEADLINE_KPIS, SECTION_OF, TABLE_KPIS } from '../../src/dashboard/sections';
import { KPI_CATALOG } from '../../src/kpi/catalog';

test('each KPI of the catalog is placed by its id', () => {
  const placed = new Set([...HEADLINE_KPIS, ...Object.keys(SECTION_OF), ...Object.keys(FOLDED_INTO), ...TABLE_KPIS]);
  expect(KPI_CATALOG.map((def) => def.id).filter((id) => !placed.has(id))).toEqual([]);
});

test('the headline KPIs belong to the Sales, Pipeline and Customers sections', () => {
  expect(HEADLINE_KPIS.map((id) => SECTION_OF[id])).toEqual(['sales', 'sales', 'sales', 'pipeline', 'customers']);
});

test('a folded KPI names a host that is itself placed', () => {
  for (const host of Object.values(FOLDED_INTO)) expect(SECTION_OF[host]).toBeDefined();
});
