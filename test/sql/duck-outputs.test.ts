// The DuckDB engine's dashboard.html writes values as the dashboard does (one formatting for every output).

import { dashboardHtml } from '../../scripts/duck/outputs';
import type { DuckRun } from '../../scripts/duck/engine';
import { formatValue } from '../../src/dashboard/text-format';

function run(locale: string): DuckRun {
  return {
    month: '2026-10',
    months: ['2026-09', '2026-10'],
    kpis: [
      { id: 'revenue', period: '2026-09', value: 29600 },
      { id: 'revenue', period: '2026-10', value: 79500 },
      { id: 'lead_response_time', period: '2026-09', value: 5.5 },
      { id: 'lead_response_time', period: '2026-10', value: 60 },
    ],
    breakdowns: [],
    config: { settings: { locale, currency: 'EUR' } },
    skipped: [],
    sources: [],
  } as unknown as DuckRun;
}

test.each([
  ['fr_FR', 'fr'],
  ['en_US', 'en'],
] as const)('in %s, amounts and response times read as on the dashboard tab (hours below 48 h, days from 48 h)', (locale, lang) => {
  const html = dashboardHtml(run(locale), 'KPI');
  for (const [value, unit] of [[79500, 'currency'], [29600, 'currency'], [60, 'hours'], [5.5, 'hours']] as const) {
    expect(html).toContain(formatValue(value, unit, lang, 'EUR'));
  }
  expect(html).toContain(lang === 'fr' ? '2,5\u00a0jours' : '2.5\u00a0days');
});
