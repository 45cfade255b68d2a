// The Maven-CRM-shaped folder of test/fixtures/related, read without the add-on's code, and figures computed by hand.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RELATED_DIR = join(__dirname, '..', 'fixtures', 'related');

/** The rows of one CSV file as objects (the fixture has no quoted fields). */
export function csvObjects(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(RELATED_DIR, file), 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

/** The mapping of sales_pipeline.csv as a person would save it (no lookups: they are detected). */
export const DEALS_MAPPING = {
  sheet: 'sales_pipeline',
  headerRow: 1,
  fields: {
    id: 'opportunity_id',
    owner: 'sales_agent',
    product: 'product',
    customer: 'account',
    stage: 'deal_stage',
    created: 'engage_date',
    closed: 'close_date',
    amount: 'close_value',
  },
};

/** A relation of `file` keyed by `key` (compared case-insensitively, as the add-on does). */
function index(file: string, key: string): Map<string, Record<string, string>> {
  return new Map(csvObjects(file).map((row) => [row[key].toLowerCase(), row]));
}

/**
 * Revenue of the deals won in `month` (`YYYY-MM`) per value of a related column: `accounts.sector`,
 * `sales_teams.regional_office`, computed with plain joins over the CSV text.
 */
export function revenueBy(month: string, related: 'accounts' | 'sales_teams', column: string): Map<string, number> {
  const [file, dealKey, relatedKey] =
    related === 'accounts' ? ['accounts.csv', 'account', 'account'] : ['sales_teams.csv', 'sales_agent', 'sales_agent'];
  const rel = index(file, relatedKey);
  const out = new Map<string, number>();
  for (const deal of csvObjects('sales_pipeline.csv')) {
    if (deal.deal_stage !== 'Won' || !deal.close_date.startsWith(month)) continue;
    const row = rel.get(deal[dealKey].toLowerCase());
    if (!row) continue;
    out.set(row[column], (out.get(row[column]) ?? 0) + Number(deal.close_value));
  }
  return out;
}

/** Won and lost deals closed in `month` whose related value is `value`. */
export function closedBy(month: string, related: 'accounts' | 'sales_teams', column: string, value: string): { won: number; lost: number } {
  const [file, dealKey] = related === 'accounts' ? ['accounts.csv', 'account'] : ['sales_teams.csv', 'sales_agent'];
  const rel = index(file, dealKey);
  let won = 0;
  let lost = 0;
  for (const deal of csvObjects('sales_pipeline.csv')) {
    if (!deal.close_date.startsWith(month) || rel.get(deal[dealKey].toLowerCase())?.[column] !== value) continue;
    if (deal.deal_stage === 'Won') won++;
    if (deal.deal_stage === 'Lost') lost++;
  }
  return { won, lost };
}
