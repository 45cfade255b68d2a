// The compiler: one query plan, two dialects; GoogleSQL checked by a BigQuery grammar; user values only as parameters.

import { Parser } from 'node-sql-parser';
import { KPI_CATALOG } from '../../src/kpi/catalog';
import { compileBreakdowns } from '../../src/sql/breakdowns';
import { compileKpis, SQL_KPI_IDS } from '../../src/sql/compile';
import { SQL_KPIS } from '../../src/sql/kpis';

const FIELDS = {
  deals: ['created', 'closed', 'stage', 'amount', 'owner', 'customer', 'lost_reason'],
  leads: ['created', 'qualified', 'opportunity', 'owner'],
  customers: ['id', 'start', 'end', 'owner'],
  orders: ['date', 'amount', 'cost', 'customer'],
  spend: ['date', 'amount'],
  subscriptions: ['customer', 'start', 'end', 'amount', 'interval', 'interval_count', 'quantity', 'mrr'],
};

describe('compiling the catalog to SQL', () => {
  it('gives every compiled KPI one SQL form per alternative of its catalog needs', () => {
    for (const id of SQL_KPI_IDS) {
      const def = KPI_CATALOG.find((k) => k.id === id);
      expect(def).toBeDefined();
      expect(SQL_KPIS[id].length).toBe(def!.needs.length);
    }
  });

  it('writes GoogleSQL that a BigQuery grammar parses, with table paths and a segment', () => {
    const q = compileKpis({ dialect: 'bigquery', kpis: SQL_KPI_IDS, fields: FIELDS, segmentField: 'owner', relations: { deals: 'my-project.crm.deals' } });
    expect(q.kpis).toEqual(SQL_KPI_IDS);
    expect(q.params).toEqual(['from', 'to', 'segment']);
    expect(q.sql).toContain('`my-project`.`crm`.`deals`');
    expect(() => new Parser().astify(q.sql, { database: 'bigquery' })).not.toThrow();
  });

  it('writes a staged GoogleSQL query over raw BigQuery columns that the grammar parses', () => {
    const mapping = { fields: { created: 'CreatedDate', closed: 'CloseDate', stage: 'StageName', amount: 'Amount', owner: 'Owner Name' } };
    const q = compileKpis({ dialect: 'bigquery', kpis: SQL_KPI_IDS, fields: {}, raw: { deals: { relation: 'acme-crm.salesforce.opportunity', mapping } } });
    expect(q.kpis).toEqual(expect.arrayContaining(['revenue', 'win_rate', 'sales_cycle', 'sales_per_rep']));
    expect(q.params).toEqual(['from', 'to', 'won_labels', 'lost_labels', 'time_zone']);
    expect(q.sql).toContain("IN UNNEST(SPLIT(@won_labels, '|'))");
    expect(q.sql).toContain('`Owner Name`');
    expect(() => new Parser().astify(q.sql, { database: 'bigquery' })).not.toThrow();
  });

  it('writes the subscription KPIs over a raw BigQuery table (interval words read in SQL) that the grammar parses', () => {
    const mapping = { fields: { customer: 'customer_id', start: 'start_date', end: 'canceled_at', amount: 'plan_amount', interval: 'plan_interval', interval_count: 'plan_interval_count' } };
    const q = compileKpis({ dialect: 'bigquery', kpis: SQL_KPI_IDS, fields: {}, raw: { subscriptions: { relation: 'acme.stripe.subscriptions', mapping } } });
    expect(q.kpis).toEqual(['mrr', 'arr', 'mrr_movements', 'arpa', 'nrr', 'grr', 'revenue_churn', 'net_revenue_churn', 'quick_ratio']);
    expect(q.sql).toContain("'trimestriel'");
    expect(() => new Parser().astify(q.sql, { database: 'bigquery' })).not.toThrow();
    const [bridge] = compileBreakdowns({ dialect: 'bigquery', kpis: ['mrr_movements'], fields: {}, raw: { subscriptions: { relation: 'acme.stripe.subscriptions', mapping } } });
    expect(bridge.kpi).toBe('mrr_movements');
    expect(() => new Parser().astify(bridge.sql, { database: 'bigquery' })).not.toThrow();
  });

  it('would notice broken GoogleSQL (the grammar check can fail)', () => {
    const q = compileKpis({ dialect: 'bigquery', kpis: ['revenue'], fields: FIELDS });
    expect(() => new Parser().astify(q.sql.replace('GROUP BY', 'GROUP'), { database: 'bigquery' })).toThrow();
  });

  it('quotes identifiers in each dialect and never writes a value into the text', () => {
    const fields = { deals: ['closed', 'stage', 'amount', 'owner'] };
    const duck = compileKpis({ dialect: 'duckdb', kpis: ['revenue'], fields, relations: { deals: 'deals"; DROP TABLE x; --' }, segmentField: 'owner' });
    expect(duck.sql).toContain('"deals""; DROP TABLE x; --"');
    expect(duck.sql).toContain('$segment');
    const bq = compileKpis({ dialect: 'bigquery', kpis: ['revenue'], fields, relations: { deals: 'p.d.t`x' } });
    expect(bq.sql).toContain('`t\\`x`');
  });

  it('leaves out, and says so, KPIs without a SQL form or without their fields', () => {
    const q = compileKpis({ dialect: 'duckdb', kpis: ['revenue', 'churn', 'ltv'], fields: { deals: ['closed', 'stage', 'amount'] } });
    expect(q.kpis).toEqual(['revenue']);
    expect(q.skipped).toEqual([
      { id: 'churn', why: 'missing_fields' },
      { id: 'ltv', why: 'no_sql' },
    ]);
  });

  it('refuses a segment it cannot apply (a related table\'s field, a field no table has) rather than leaving it unfiltered', () => {
    const fields = { deals: ['closed', 'stage', 'amount', 'owner'] };
    expect(() => compileKpis({ dialect: 'bigquery', kpis: ['revenue'], fields, segmentField: 'accounts.sector' })).toThrow(/related table/);
    expect(() => compileKpis({ dialect: 'duckdb', kpis: ['revenue'], fields, segmentField: 'region' })).toThrow(/region.*deals/);
    expect(compileKpis({ dialect: 'duckdb', kpis: ['revenue'], fields, segmentField: 'owner' }).params).toContain('segment');
  });
});
