// DuckDB side: load the clean deal and customer rows into tables (untimed), then the compared KPIs per month in SQL.

import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance, dateValue } from '@duckdb/node-api';
import type { Period } from '../../src/kpi/types';
import { dayKey } from '../../src/model/days';
import type { Truth } from './data';
import type { MonthlyValues } from './kpis';

export interface DuckSession {
  readonly connection: DuckDBConnection;
  close(): void;
}

function appendDay(a: DuckDBAppender, day: number): void {
  if (!Number.isNaN(day)) a.appendDate(dateValue(day));
  else a.appendNull();
}

/** A fresh in-memory database holding `deals(created, closed, stage, amount)` and `customers(id, start, end)`. */
export async function loadDuck(truth: Truth): Promise<DuckSession> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('CREATE TABLE deals (created DATE, closed DATE, stage TINYINT, amount DOUBLE)');
  await connection.run('CREATE TABLE customers (id VARCHAR, "start" DATE, "end" DATE)');
  const d = truth.deals;
  const deals = await connection.createAppender('deals');
  for (let i = 0; i < d.stage.length; i++) {
    appendDay(deals, d.created[i]);
    appendDay(deals, d.closed[i]);
    deals.appendTinyInt(d.stage[i]);
    if (!Number.isNaN(d.amount[i])) deals.appendDouble(d.amount[i]);
    else deals.appendNull();
    deals.endRow();
  }
  deals.closeSync();
  const c = truth.customers;
  const customers = await connection.createAppender('customers');
  for (let i = 0; i < c.id.length; i++) {
    customers.appendVarchar(c.id[i]);
    appendDay(customers, c.start[i]);
    appendDay(customers, c.end[i]);
    customers.endRow();
  }
  customers.closeSync();
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

const sqlFor = (from: string, to: string): string => `
WITH months AS (
  SELECT range::DATE AS s, (range + INTERVAL 1 MONTH)::DATE AS e FROM range(DATE '${from}', DATE '${to}', INTERVAL 1 MONTH)
),
d AS (
  SELECT date_trunc('month', closed)::DATE AS m,
    count(*) AS closed_rows,
    sum(amount) FILTER (WHERE stage = 1) AS revenue,
    count(*) FILTER (WHERE stage = 1) AS won,
    count(*) FILTER (WHERE stage = 2) AS lost,
    avg(closed - created) FILTER (WHERE stage = 1 AND closed >= created) AS cycle
  FROM deals WHERE closed >= DATE '${from}' AND closed < DATE '${to}' GROUP BY 1
),
c AS (SELECT "start", "end" FROM customers WHERE "start" IS NOT NULL AND ("end" IS NULL OR "end" >= "start")),
starts AS (SELECT date_trunc('month', "start")::DATE AS m, count(*) AS n FROM c GROUP BY 1),
ends AS (
  SELECT date_trunc('month', "end")::DATE AS m, count(*) AS n,
    count(*) FILTER (WHERE "start" < date_trunc('month', "end")) AS churned
  FROM c WHERE "end" IS NOT NULL GROUP BY 1
),
firsts AS (SELECT date_trunc('month', min("start"))::DATE AS m, count(*) AS n FROM customers WHERE "start" IS NOT NULL GROUP BY id),
fresh AS (SELECT m, sum(n) AS n FROM firsts GROUP BY m),
flow AS (
  SELECT months.s,
    (SELECT coalesce(sum(n), 0) FROM starts WHERE starts.m < months.s) - (SELECT coalesce(sum(n), 0) FROM ends WHERE ends.m < months.s) AS at_start,
    (SELECT coalesce(sum(churned), 0) FROM ends WHERE ends.m = months.s) AS churned
  FROM months
)
SELECT months.s::VARCHAR AS month,
  CASE WHEN d.closed_rows > 0 THEN coalesce(d.revenue, 0) END AS revenue,
  CASE WHEN d.closed_rows > 0 THEN d.won END AS deals_won,
  CASE WHEN d.closed_rows > 0 THEN d.lost END AS deals_lost,
  d.won / nullif(d.won + d.lost, 0) AS win_rate,
  d.cycle AS sales_cycle,
  fresh.n AS new_customers,
  flow.churned / nullif(flow.at_start, 0) AS churn
FROM months
LEFT JOIN d ON d.m = months.s
LEFT JOIN fresh ON fresh.m = months.s
LEFT JOIN flow ON flow.s = months.s
ORDER BY months.s`;

const COLUMNS = ['revenue', 'deals_won', 'deals_lost', 'win_rate', 'sales_cycle', 'new_customers', 'churn'];

/** Runs the KPI query over the loaded tables and returns the values per month, in `periods` order. */
export async function duckCompared(session: DuckSession, periods: readonly Period[]): Promise<MonthlyValues> {
  const from = dayKey(periods[0].start);
  const to = dayKey(periods[periods.length - 1].end);
  const reader = await session.connection.runAndReadAll(sqlFor(from, to));
  const rows = reader.getRowsJS();
  const out: MonthlyValues = {};
  for (const id of COLUMNS) out[id] = [];
  rows.forEach((row) => {
    COLUMNS.forEach((id, k) => {
      const v = row[k + 1];
      out[id].push(v === null || v === undefined ? null : Number(v));
    });
  });
  return out;
}
