// Raw text columns staged in SQL (dates, amounts, stage labels, time zones) give the engine's values on the same rows.

import { loadRawText, openDuck, runQuery, type DuckDatabase } from '../../scripts/sql/duck-load';
import { kpiById } from '../../src/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { parseTable } from '../../src/model/parse-table';
import { compileKpis } from '../../src/sql/compile';
import { stageLabelParams } from '../../src/sql/stage-labels';
import { month } from '../kpi/table-builder';

const HEADERS = ['Created Date', 'Close Date', 'Stage', 'Amount', 'Owner'];
const ROWS = [
  ['2024-01-03', '2024-02-10', 'Closed Won', '1200.50', 'Alice'],
  ['2024-01-20', '2024-02-28', 'Closed Lost', '800', 'Bob'],
  ['2024-02-01', '2024-02-29T23:30:00Z', 'Gagné', '300', 'alice'],
  ['2024-02-05', '2024-03-01T02:00:00+01:00', 'won', '', 'Bob'],
  ['2024-02-07', '', 'Negotiation', '5000', 'Chloé'],
  ['2024-02-08', '2024-03-15', '3 - Perdu', '50', ''],
  ['2024-03-01', '2024-03-20 10:00:00', 'WON', '99.99', 'Chloe'],
];
const MAPPING = { fields: { created: 'Created Date', closed: 'Close Date', stage: 'Stage', amount: 'Amount', owner: 'Owner' } };
const KPIS = ['revenue', 'deals_won', 'deals_lost', 'win_rate', 'sales_cycle', 'sales_per_rep'];

let db: DuckDatabase;
beforeAll(async () => {
  db = await openDuck();
  await loadRawText(db, 'CRM export', HEADERS, ROWS);
});
afterAll(() => db.close());

describe('staging raw text columns in SQL', () => {
  it.each(['Europe/Paris', 'America/Chicago'])('equals the engine on the same rows, time zone %s', async (timeZone) => {
    const settings = { ...DEFAULT_SETTINGS, timeZone, locale: 'en_US' };
    const q = compileKpis({ dialect: 'duckdb', kpis: KPIS, fields: {}, raw: { deals: { relation: 'CRM export', mapping: MAPPING } } });
    expect(q.kpis).toEqual(KPIS);
    const rows = await runQuery(db, q.sql, { from: '2024-01-01', to: '2024-03-01', time_zone: timeZone, ...stageLabelParams(settings) });
    const columns = { created: 0, closed: 1, stage: 2, amount: 3, owner: 4 };
    const deals = parseTable('deals', 'CRM export', [HEADERS, ...ROWS], columns, { headerRow: 1, settings });
    const checked: string[] = [];
    ['2024-01', '2024-02', '2024-03'].forEach((key, k) => {
      for (const id of KPIS) {
        const engine = kpiById(id)!.compute({ tables: { deals }, settings }, month(key)).value;
        const raw = rows[k][id];
        const sql = raw === null || raw === undefined ? null : Number(raw);
        if (engine === null || sql === null) expect([id, key, sql]).toEqual([id, key, engine]);
        else expect([id, key, sql]).toEqual([id, key, expect.closeTo(engine, 9)]);
        checked.push(`${id}:${key}:${engine}`);
      }
    });
    // The timestamp with `Z` and the one at +01:00 fall on 29 February in Chicago but 1 March in Paris: both engines agree either way.
    expect(checked).toContain(timeZone === 'Europe/Paris' ? 'deals_won:2024-03:3' : 'deals_won:2024-03:1');
  });
});
