// The two SQL dialects the catalog compiles to (DuckDB, BigQuery GoogleSQL): only the spellings that differ.

export type DialectId = 'duckdb' | 'bigquery';

export interface Dialect {
  readonly id: DialectId;
  /** A quoted identifier (table or column name). */
  ident(name: string): string;
  /** A named query parameter (values never enter the SQL text). BigQuery parameters are STRING (bound to cells). */
  param(name: string): string;
  /** A DATE parameter (`YYYY-MM-DD`). */
  dateParam(name: string): string;
  /** Whether `expr` is one of the texts of a list parameter (DuckDB: VARCHAR[]; BigQuery: a `|`-separated STRING). */
  inListParam(expr: string, name: string): string;
  /** One row per month, column `m` (first day) and `m_end` (first day of the next month), from `@from` to `@to`. */
  months(from: string, to: string): string;
  /** First day of the month of a DATE expression. */
  monthOf(date: string): string;
  /** Whole days from `a` to `b` (DATE expressions). */
  daysBetween(a: string, b: string): string;
  /** Text folded as the engine's `normalizeText`: lower case, no accents, œ æ ß spelled out, punctuation runs as one space, trimmed. */
  fold(text: string): string;
  /** A month's first day as `YYYY-MM` text. */
  monthKey(date: string): string;
  /** Whether the text matches a regular expression (RE2; write anchors; no quote nor backslash in `pattern`). */
  matches(text: string, pattern: string): string;
  /** The first group of a regular expression's match (call where `matches` holds). */
  extract(text: string, pattern: string): string;
  /** Every match of a regular expression replaced. */
  replaceAll(text: string, pattern: string, by: string): string;
  /** A text read as a floating-point number, NULL when it is not one. */
  toNumber(text: string): string;
}

/** The ligatures `normalizeText` spells out (œ → oe, æ → ae, ß → ss). */
const ligatures = (text: string) => `REPLACE(REPLACE(REPLACE(${text}, 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss')`;

const duckdb: Dialect = {
  id: 'duckdb',
  ident: (name) => `"${name.replace(/"/g, '""')}"`,
  param: (name) => `$${name}`,
  dateParam: (name) => `CAST($${name} AS DATE)`,
  inListParam: (expr, name) => `list_contains($${name}, ${expr})`,
  months: (from, to) =>
    `SELECT CAST(g.range AS DATE) AS m, CAST(g.range + INTERVAL 1 MONTH AS DATE) AS m_end FROM range(${from}, ${to} + INTERVAL 1 DAY, INTERVAL 1 MONTH) AS g`,
  monthOf: (date) => `CAST(date_trunc('month', ${date}) AS DATE)`,
  daysBetween: (a, b) => `date_diff('day', ${a}, ${b})`,
  fold: (text) => `trim(regexp_replace(${ligatures(`strip_accents(lower(${text}))`)}, '[^a-z0-9]+', ' ', 'g'))`,
  monthKey: (date) => `strftime(${date}, '%Y-%m')`,
  matches: (text, pattern) => `regexp_matches(${text}, '${pattern}')`,
  extract: (text, pattern) => `regexp_extract(${text}, '${pattern}', 1)`,
  replaceAll: (text, pattern, by) => `regexp_replace(${text}, '${pattern}', '${by}', 'g')`,
  toNumber: (text) => `TRY_CAST(${text} AS DOUBLE)`,
};

const bigquery: Dialect = {
  id: 'bigquery',
  ident: (name) => `\`${name.replace(/`/g, '\\`')}\``,
  param: (name) => `@${name}`,
  dateParam: (name) => `CAST(@${name} AS DATE)`,
  inListParam: (expr, name) => `${expr} IN UNNEST(SPLIT(@${name}, '|'))`,
  months: (from, to) => `SELECT m, DATE_ADD(m, INTERVAL 1 MONTH) AS m_end FROM UNNEST(GENERATE_DATE_ARRAY(${from}, ${to}, INTERVAL 1 MONTH)) AS m`,
  monthOf: (date) => `DATE_TRUNC(${date}, MONTH)`,
  daysBetween: (a, b) => `DATE_DIFF(${b}, ${a}, DAY)`,
  fold: (text) => `TRIM(REGEXP_REPLACE(${ligatures(`REGEXP_REPLACE(NORMALIZE(LOWER(${text}), NFD), r'\\pM', '')`)}, r'[^a-z0-9]+', ' '))`,
  monthKey: (date) => `FORMAT_DATE('%Y-%m', ${date})`,
  matches: (text, pattern) => `REGEXP_CONTAINS(${text}, r'${pattern}')`,
  extract: (text, pattern) => `REGEXP_EXTRACT(${text}, r'${pattern}')`,
  replaceAll: (text, pattern, by) => `REGEXP_REPLACE(${text}, r'${pattern}', '${by}')`,
  toNumber: (text) => `SAFE_CAST(${text} AS FLOAT64)`,
};

export const DIALECTS: Readonly<Record<DialectId, Dialect>> = { duckdb, bigquery };
