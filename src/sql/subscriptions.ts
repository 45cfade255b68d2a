// Subscription KPIs in SQL: each row's MRR, the MRR movements per customer between the start and the end of each month.

import { MOVEMENT_KEYS } from '../kpi/measures/subscriptions';
import { INTERVAL_FILLERS, INTERVAL_WORDS, MONTHS_PER_INTERVAL, type IntervalUnit } from '../kpi/measures/billing-interval';
import type { Dialect } from './dialect';
import type { SqlAlternative, ValueContext } from './kpis';
import { type Aggregate, movements, type SqlContext, spanAggregates } from './sources';

/** Months per interval as SQL, written as the engine computes them (`12 / 52` is a floating-point division in both dialects). */
const MONTHS_SQL: Readonly<Record<IntervalUnit, string>> = { month: '1', quarter: '3', year: '12', week: '12 / 52', day: '12 / 365' };

/** The interval text as `parseInterval` reads it: folded, filler words left out (one word, or a count and a word). */
function intervalWords(d: Dialect, x: SqlContext): string {
  // Each word between two spaces of its own, so that neighbouring fillers (`tous les`) are all matched.
  const padded = `CONCAT(' ', REPLACE(${x.fold(x.col('interval'))}, ' ', '  '), ' ')`;
  const kept = d.replaceAll(padded, ` (${INTERVAL_FILLERS.join('|')}) `, ' ');
  return `TRIM(${d.replaceAll(kept, ' +', ' ')})`;
}

const quoted = (ws: readonly string[]) => ws.map((w) => `'${w}'`).join(', ');

/**
 * Each subscription row with its MRR (`v`) as `rowMrr`: its `mrr` cell, else amount × quantity ÷ (months per interval ×
 * interval count), NULL when neither reads; with its start `s`, end `e` and customer key `k`. Layered subqueries, so
 * that each step is written once: the interval's words, then its unit word and count, then the months it spans.
 */
function mrrRows(d: Dialect, rel: string, x: SqlContext, has: (field: string) => boolean, segment: string): string {
  const customer = x.fold(x.col('customer'));
  const own = `CONCAT('#', CAST(${x.col('_row')} AS STRING))`;
  const key = has('customer') ? `CASE WHEN ${customer} IS NULL OR ${customer} = '' THEN ${own} ELSE ${customer} END` : own;
  const end = has('end') ? x.col('end') : 'CAST(NULL AS DATE)';
  const reads = has('amount') && has('interval');
  const cols = [`${x.col('start')} AS s`, `${end} AS e`, `${key} AS k`, `${has('mrr') ? x.col('mrr') : d.toNumber('NULL')} AS g`];
  if (reads) {
    cols.push(`${x.col('amount')} AS am`, `${has('quantity') ? `COALESCE(${x.col('quantity')}, 1)` : '1'} AS qn`);
    cols.push(`${has('interval_count') ? x.col('interval_count') : d.toNumber('NULL')} AS ic`, `${intervalWords(d, x)} AS iv`);
  }
  const l1 = `SELECT ${cols.join(', ')} FROM ${rel} WHERE ${x.col('start')} IS NOT NULL${segment}`;
  if (!reads) return `SELECT s, e, k, g AS v FROM (${l1}) AS l1`;
  const one = d.matches('iv', '^[a-z0-9]+$');
  const two = d.matches('iv', '^[a-z0-9]+ [a-z0-9]+$');
  // A count is a whole number above 0 as JavaScript's Number reads it (`2`, `02`, `1e3`).
  const numbered = d.matches('iv', '^[0-9]+(?:e[0-9]+)? [a-z0-9]+$');
  const cn = `CASE WHEN ${numbered} THEN ${d.toNumber(d.extract('iv', '^([0-9]+(?:e[0-9]+)?) [a-z0-9]+$'))} END`;
  const l2 = `SELECT l1.*, CASE WHEN ${one} THEN iv WHEN ${two} THEN ${d.extract('iv', '^[a-z0-9]+ ([a-z0-9]+)$')} END AS uw, CASE WHEN ${one} THEN 1 END AS c1, ${cn} AS cn FROM (${l1}) AS l1`;
  const units = Object.keys(MONTHS_PER_INTERVAL) as IntervalUnit[];
  const months = `CASE ${units.map((u) => `WHEN uw IN (${quoted(INTERVAL_WORDS[u])}) THEN ${MONTHS_SQL[u]}`).join(' ')} END`;
  const count = `COALESCE(c1, CASE WHEN cn > 0 AND cn < 1e300 AND cn = FLOOR(cn) THEN cn END)`;
  const l3 = `SELECT l2.*, ${months} AS mpi, ${count} AS pc FROM (${l2}) AS l2`;
  const c = 'CASE WHEN ic > 0 THEN ic ELSE pc END';
  const v = `CASE WHEN g IS NOT NULL THEN g WHEN am IS NOT NULL AND mpi IS NOT NULL AND pc IS NOT NULL THEN am * qn / (mpi * ${c}) END`;
  return `SELECT s, e, k, ${v} AS v FROM (${l3}) AS l3`;
}

/** The subscription rows read by the movements (`s`, `e`, `k`, `v`), with `ok` = 1 when used, 0 when skipped. */
export function movementRowsCte(d: Dialect, rel: string, x: SqlContext, has: (field: string) => boolean, segment: string): string {
  return `SELECT r0.*, CASE WHEN r0.v IS NOT NULL AND (r0.e IS NULL OR r0.e >= r0.s) THEN 1 ELSE 0 END AS ok FROM (${mrrRows(d, rel, x, has, segment)}) AS r0`;
}

/** Per movement between a customer's MRR at a month's start (`a`) and at its end (`z`): when it applies, and its amount. */
const MOVES: readonly [string, string, string][] = [
  ['new', 'c.a <= 0 AND c.z > 0 AND c.earlier = 0', 'c.z'],
  ['expansion', 'c.a > 0 AND c.z > c.a', 'c.z - c.a'],
  ['reactivation', 'c.a <= 0 AND c.z > 0 AND c.earlier = 1', 'c.z'],
  ['contraction', 'c.a > 0 AND c.z > 0 AND c.z < c.a', 'c.a - c.z'],
  ['churned', 'c.a > 0 AND c.z <= 0', 'c.a'],
];

/**
 * The movements of every month from the rows of `movementRowsCte` (the relation `base`), as `movementsIn`: per customer,
 * MRR of the rows active at the month's start against those active at its end; rows with an end before their start or
 * no MRR skipped and counted with the blank start dates. A customer's MRR changes within a month only if one of its rows
 * starts or ends in it: only those customers are compared (their rows summed as the engine sums them); the start MRR
 * (and paying customers) of each month is the first month's plus the changes of the months before. Columns: `m`, each
 * movement's amount (`mv_new`) and customers (`mv_new_customers`), rows used (`mv_used`) and skipped (`mv_skipped`).
 */
export function movementsCte(d: Dialect, rel: string, base: string, x: SqlContext, segment: string): string {
  const events = [
    `SELECT DISTINCT ev.k AS k, ev.m AS m FROM (SELECT b.k AS k, ${d.monthOf('b.s')} AS m FROM ${base} AS b WHERE b.ok = 1`,
    ` UNION ALL SELECT b.k AS k, ${d.monthOf('b.e')} AS m FROM ${base} AS b WHERE b.ok = 1 AND b.e IS NOT NULL) AS ev`,
  ].join('');
  const pairs = `SELECT ev.k AS k, months.m AS m, months.m_end AS m_end FROM (${events}) AS ev JOIN months ON months.m = ev.m`;
  const perCustomer = [
    'SELECT p.m AS m, p.k AS k,',
    ' SUM(CASE WHEN b.s < p.m AND (b.e IS NULL OR b.e >= p.m) THEN b.v ELSE 0 END) AS a,',
    ' SUM(CASE WHEN b.e IS NULL OR b.e >= p.m_end THEN b.v ELSE 0 END) AS z,',
    ' MAX(CASE WHEN b.s < p.m THEN 1 ELSE 0 END) AS earlier',
    ` FROM (${pairs}) AS p JOIN ${base} AS b ON b.k = p.k AND b.s < p.m_end WHERE b.ok = 1 GROUP BY p.m, p.k`,
  ].join('');
  const changeCols = [
    ...MOVES.flatMap(([k, when, amount]) => [`SUM(CASE WHEN ${when} THEN ${amount} ELSE 0 END) AS mv_${k}`, `SUM(CASE WHEN ${when} THEN 1 ELSE 0 END) AS mv_${k}_customers`]),
    'SUM((CASE WHEN c.z > 0 THEN c.z ELSE 0 END) - (CASE WHEN c.a > 0 THEN c.a ELSE 0 END)) AS dpos',
    'SUM((CASE WHEN c.z > 0 THEN 1 ELSE 0 END) - (CASE WHEN c.a > 0 THEN 1 ELSE 0 END)) AS dcnt',
  ];
  const changes = `SELECT c.m AS m, ${changeCols.join(', ')} FROM (${perCustomer}) AS c GROUP BY c.m`;
  // Each month: the changes of the months before it (running start) and its own.
  const own = (col: string) => `SUM(CASE WHEN ch.m = months.m THEN ch.${col} ELSE 0 END) AS ${col}`;
  const runCols = [
    'SUM(CASE WHEN ch.m < months.m THEN ch.dpos ELSE 0 END) AS before_pos',
    'SUM(CASE WHEN ch.m < months.m THEN ch.dcnt ELSE 0 END) AS before_cnt',
    ...MOVES.flatMap(([k]) => [own(`mv_${k}`), own(`mv_${k}_customers`)]),
    own('dpos'),
    own('dcnt'),
  ];
  const run = `SELECT months.m AS m, ${runCols.join(', ')} FROM months LEFT JOIN (${changes}) AS ch ON ch.m <= months.m GROUP BY months.m`;
  // Each customer's MRR at the first month's start.
  const first = '(SELECT MIN(f.m) FROM months AS f)';
  const atFirst = `SELECT b.k AS k, SUM(b.v) AS a FROM ${base} AS b WHERE b.ok = 1 AND b.s < ${first} AND (b.e IS NULL OR b.e >= ${first}) GROUP BY b.k`;
  const init = `SELECT COALESCE(SUM(CASE WHEN i.a > 0 THEN i.a ELSE 0 END), 0) AS pos, COALESCE(SUM(CASE WHEN i.a > 0 THEN 1 ELSE 0 END), 0) AS cnt FROM (${atFirst}) AS i`;
  const used = `SELECT ${d.monthOf('b.s')} AS gm, SUM(b.ok) AS used, SUM(1 - b.ok) AS bad FROM ${base} AS b GROUP BY 1`;
  const tally = `SELECT months.m AS m, SUM(g.used) AS used, SUM(g.bad) AS bad FROM months JOIN (${used}) AS g ON g.gm <= months.m GROUP BY months.m`;
  const blank = `(SELECT COUNT(*) FROM ${rel} WHERE ${x.col('start')} IS NULL${segment})`;
  // With no paying customer the amount is 0 exactly (a running sum of changes could leave a rounding residue).
  const startCnt = 'i.cnt + r.before_cnt';
  const endCnt = 'i.cnt + r.before_cnt + r.dcnt';
  const cols = [
    `CASE WHEN ${startCnt} = 0 THEN 0 ELSE i.pos + r.before_pos END AS mv_start`,
    `${startCnt} AS mv_start_customers`,
    ...MOVES.flatMap(([k]) => [`r.mv_${k} AS mv_${k}`, `r.mv_${k}_customers AS mv_${k}_customers`]),
    `CASE WHEN ${endCnt} = 0 THEN 0 ELSE i.pos + r.before_pos + r.dpos END AS mv_end`,
    `${endCnt} AS mv_end_customers`,
    'COALESCE(tl.used, 0) AS mv_used',
    `COALESCE(tl.bad, 0) + ${blank} AS mv_skipped`,
  ];
  return `SELECT months.m, ${cols.join(', ')} FROM months JOIN (${run}) AS r ON r.m = months.m CROSS JOIN (${init}) AS i LEFT JOIN (${tally}) AS tl ON tl.m = months.m`;
}

/** The movements, in the engine's order (`MOVEMENT_KEYS`), and the movements CTE's columns: amount and customers of each. */
export const MOVEMENTS = MOVEMENT_KEYS;
const MOVEMENT_COLUMNS = MOVEMENT_KEYS.flatMap((k) => [`mv_${k}`, `mv_${k}_customers`]);

/** The aggregates a movement KPI reads: every column of the movements source, and the span of the subscriptions. */
const MOVEMENT_AGGREGATES: readonly Aggregate[] = [
  ...[...MOVEMENT_COLUMNS, 'mv_used', 'mv_skipped'].map((name) => ({ source: movements, name, sql: () => '' })),
  ...spanAggregates('subscriptions'),
];

/** Whether the month has movements: the subscriptions have begun by its end and not every row read was skipped. */
export const hasMovements = (v: ValueContext) =>
  `COALESCE(months.m_end > ${v.a('span_first_subscriptions')} AND ${v.a('span_last_subscriptions')} IS NOT NULL, FALSE) AND NOT (${v.n('mv_used')} = 0 AND ${v.n('mv_skipped')} > 0)`;
/** The value in a month that has movements; NULL otherwise. */
const guarded = (v: ValueContext, value: string) => `CASE WHEN ${hasMovements(v)} THEN ${value} END`;
const div = (a: string, b: string) => `(${a}) / NULLIF(${b}, 0)`;

const movementKpi = (value: (m: (name: string) => string) => string): SqlAlternative => ({
  aggregates: MOVEMENT_AGGREGATES,
  value: (v) => guarded(v, value((name) => v.n(`mv_${name}`))),
});

const mrrValue = movementKpi((m) => m('end'));
const arpaValue = movementKpi((m) => div(m('end'), m('end_customers')));

/** The subscription KPIs by catalog id, one entry per alternative of the entry's `needs` (undefined: no SQL form). */
export const SUBSCRIPTION_KPIS: Readonly<Record<string, readonly (SqlAlternative | undefined)[]>> = {
  mrr: [mrrValue, mrrValue],
  arr: twice(movementKpi((m) => `12 * ${m('end')}`)),
  mrr_movements: twice(movementKpi((m) => `${m('end')} - ${m('start')}`)),
  // ARPA's last four alternatives (customers or orders tables) are in `kpis.ts`, with the aggregates they share.
  arpa: [arpaValue, arpaValue, undefined, undefined, undefined, undefined],
  nrr: twice(movementKpi((m) => div(`${m('start')} + ${m('expansion')} - ${m('contraction')} - ${m('churned')}`, m('start')))),
  grr: twice(movementKpi((m) => div(`${m('start')} - ${m('contraction')} - ${m('churned')}`, m('start')))),
  revenue_churn: twice(movementKpi((m) => div(`${m('churned')} + ${m('contraction')}`, m('start')))),
  net_revenue_churn: twice(movementKpi((m) => div(`${m('churned')} + ${m('contraction')} - ${m('expansion')} - ${m('reactivation')}`, m('start')))),
  quick_ratio: twice(movementKpi((m) => div(`${m('new')} + ${m('expansion')} + ${m('reactivation')}`, `${m('churned')} + ${m('contraction')}`))),
};

/** The same SQL for both alternatives (a monthly `mrr` column, or an amount and its interval): the row's MRR reads either. */
function twice(alt: SqlAlternative): SqlAlternative[] {
  return [alt, alt];
}
