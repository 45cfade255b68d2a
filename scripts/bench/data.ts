// Synthetic workbooks shaped as Sheets passes them (header row, Date cells at midnight, '' blanks, some text numbers).

import { dayFromCivil, type MonthIndex } from '../../src/model/days';
import { type EntityId, fieldDef } from '../../src/model/entities';
import { midnightIn } from '../../src/model/timezone';
import { expDays, int, pick, type Rand, seeded } from './prng';

export const TIME_ZONE = 'Europe/Paris';
export const FIRST_MONTH: MonthIndex = 2023 * 12; // 2023-01
export const MONTHS = 36; // to 2025-12
export const TODAY = dayFromCivil(2026, 1, 1);
const START = dayFromCivil(2023, 1, 1);
const SPAN = TODAY - START;

export interface BenchSheet {
  readonly name: string;
  readonly fields: readonly string[];
  /** Row 1 is the header row, as `getValues` returns a whole sheet. */
  readonly values: unknown[][];
  /** Field id → 0-based column. */
  readonly columns: Record<string, number>;
}

/** The clean values behind the deal and customer cells (day numbers, numbers, NaN for blank), for DuckDB and HyperFormula. */
export interface Truth {
  readonly deals: { created: Float64Array; closed: Float64Array; stage: Uint8Array; amount: Float64Array };
  readonly customers: { id: string[]; start: Float64Array; end: Float64Array };
}

export interface BenchData {
  readonly deals: number;
  readonly sheets: Partial<Record<EntityId, BenchSheet>>;
  readonly truth: Truth;
  /** Total data rows across sheets, and cells (Sheets allows 10,000,000 cells per spreadsheet). */
  readonly rows: number;
  readonly cells: number;
}

const REPS = ['Camille Martin', 'Julien Bernard', 'Sophie Laurent', 'Thomas Petit', 'Léa Moreau'];
const SOURCES = ['Site web', 'Salon', 'Recommandation', 'LinkedIn', 'Prospection'];
const SECTORS = ['Industrie', 'Commerce', 'Services', 'Santé', 'BTP', 'Transport'];
const PRODUCTS = ['Licence Standard', 'Licence Premium', 'Formation', 'Maintenance'];
const OPEN = ['Découverte', 'Proposition', 'Négociation'];
const REASONS = ['Prix trop élevé', 'Concurrent choisi', 'Pas de budget', 'Projet reporté'];
const TYPES = ['Appel', 'E-mail', 'Rendez-vous'];
const CHANNELS = ['Google Ads', 'LinkedIn Ads', 'Salons', 'Contenu', 'Partenariats'];

/** Midnight (Paris) of each day of the window and the following year, as epoch ms. */
const MIDNIGHT = (() => {
  const out = new Float64Array(SPAN + 800);
  for (let d = 0; d < out.length; d++) out[d] = midnightIn(TIME_ZONE, START + d).getTime();
  return out;
})();

/** A fresh Date cell for a day number (each cell its own object, as Sheets passes them). */
const dateCell = (day: number): Date => new Date(MIDNIGHT[day - START]);

/** `12 345,50` with a narrow no-break space, as a French sheet shows an amount. */
export function frenchText(v: number): string {
  const [i, d] = v.toFixed(2).split('.');
  return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')},${d}`;
}

const amountOf = (rand: Rand): number => Math.round((300 + rand() * rand() * 40000) * 100) / 100;

function sheet(entity: EntityId, fields: string[], rows: unknown[][]): BenchSheet {
  const columns: Record<string, number> = {};
  fields.forEach((f, i) => {
    columns[f] = i;
  });
  const header = fields.map((f) => fieldDef(entity, f)?.label.fr ?? f);
  return { name: entity, fields, values: [header, ...rows], columns };
}

function dealsSheet(rand: Rand, n: number, customerIds: string[]): { sheet: BenchSheet; truth: Truth['deals'] } {
  const t = { created: new Float64Array(n), closed: new Float64Array(n), stage: new Uint8Array(n), amount: new Float64Array(n) };
  const rows: unknown[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const created = START + int(rand, SPAN);
    let closed = created + 3 + expDays(rand, 40);
    const r = rand();
    let stage = r < 0.3 ? 1 : r < 0.8 ? 2 : 0;
    if (closed >= TODAY) stage = 0;
    if (stage === 0 || (stage === 1 && rand() < 0.005)) closed = Number.NaN;
    const amount = amountOf(rand);
    const a = rand();
    const amountCell = a < 0.01 ? '' : a < 0.04 ? frenchText(amount) : amount;
    t.created[i] = created;
    t.closed[i] = closed;
    t.stage[i] = stage;
    t.amount[i] = amountCell === '' ? Number.NaN : amount;
    rows[i] = [
      `AF-${100000 + i}`,
      dateCell(created),
      !Number.isNaN(closed) ? dateCell(closed) : '',
      stage === 1 ? 'Gagné' : stage === 2 ? 'Perdu' : pick(rand, OPEN),
      amountCell,
      pick(rand, REPS),
      pick(rand, SOURCES),
      pick(rand, SECTORS),
      pick(rand, PRODUCTS),
      pick(rand, customerIds),
      stage === 2 ? pick(rand, REASONS) : '',
      rand() < 0.6 ? dateCell(created + 1 + int(rand, 5)) : '',
    ];
  }
  const fields = ['id', 'created', 'closed', 'stage', 'amount', 'owner', 'source', 'sector', 'product', 'customer', 'lost_reason', 'quote_sent'];
  return { sheet: sheet('deals', fields, rows), truth: t };
}

function customersSheet(rand: Rand, n: number): { sheet: BenchSheet; truth: Truth['customers'] } {
  const t = { id: new Array<string>(n), start: new Float64Array(n), end: new Float64Array(n) };
  const rows: unknown[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = START + int(rand, SPAN);
    let end = rand() < 0.35 ? start + 1 + expDays(rand, 300) : Number.NaN;
    if (end >= TODAY) end = Number.NaN;
    t.id[i] = `CL-${100000 + i}`;
    t.start[i] = start;
    t.end[i] = end;
    const mrr = Math.round(50 + rand() * 1950);
    rows[i] = [t.id[i], dateCell(start), !Number.isNaN(end) ? dateCell(end) : '', mrr, pick(rand, REPS), pick(rand, SOURCES), pick(rand, SECTORS)];
  }
  return { sheet: sheet('customers', ['id', 'start', 'end', 'mrr', 'owner', 'source', 'sector'], rows), truth: t };
}

const yesNo = (rand: Rand, p: number): string => (rand() < p ? 'Oui' : 'Non');

function rowsOf(n: number, make: (i: number) => unknown[]): unknown[][] {
  const rows: unknown[][] = new Array(n);
  for (let i = 0; i < n; i++) rows[i] = make(i);
  return rows;
}

/** A workbook with `deals` deals, as many leads, a fifth as many customers, half as many orders, a quarter as many activities. */
export function generate(deals: number, seed = 42): BenchData {
  const rand = seeded(seed + deals);
  const customers = customersSheet(rand, Math.max(10, Math.round(deals / 5)));
  const ids = customers.truth.id;
  const dealSheet = dealsSheet(rand, deals, ids);
  const day = (): number => START + int(rand, SPAN);
  const leads = rowsOf(deals, () => {
    const created = day();
    return [dateCell(created), pick(rand, SOURCES), pick(rand, REPS), pick(rand, SECTORS), yesNo(rand, 0.4), yesNo(rand, 0.15),
      rand() < 0.9 ? dateCell(created + expDays(rand, 2)) : ''];
  });
  const orders = rowsOf(Math.round(deals / 2), (i) => {
    const amount = amountOf(rand);
    return [`CMD-${100000 + i}`, dateCell(day()), pick(rand, ids), amount, Math.round(amount * 60) / 100, pick(rand, PRODUCTS), pick(rand, REPS), pick(rand, SOURCES)];
  });
  const activities = rowsOf(Math.round(deals / 4), () => [dateCell(day()), pick(rand, TYPES), pick(rand, REPS), yesNo(rand, 0.2), yesNo(rand, 0.4),
    yesNo(rand, 0.05), yesNo(rand, 0.3), rand() < 0.7 ? 'Prospect' : 'Client']);
  const complaints = rowsOf(Math.max(1, Math.round(deals / 50)), (i) => [dateCell(day()), pick(rand, ids), `CMD-${100000 + int(rand, Math.max(1, i))}`, pick(rand, REASONS)]);
  const spend: unknown[][] = [];
  const targets: unknown[][] = [];
  for (let m = 0; m < MONTHS; m++) {
    const first = dayFromCivil(2023 + Math.floor(m / 12), (m % 12) + 1, 1);
    for (const c of CHANNELS) spend.push([dateCell(first), Math.round(deals * (0.5 + rand())), c]);
    for (const rep of REPS) {
      targets.push([dateCell(first), 'CA', rep, Math.round(deals * 20)]);
      targets.push([dateCell(first), 'Signatures', rep, Math.round(deals / 150)]);
    }
  }
  const sheets: Partial<Record<EntityId, BenchSheet>> = {
    deals: dealSheet.sheet,
    leads: sheet('leads', ['created', 'source', 'owner', 'sector', 'qualified', 'opportunity', 'first_contact'], leads),
    customers: customers.sheet,
    orders: sheet('orders', ['id', 'date', 'customer', 'amount', 'cost', 'product', 'owner', 'channel'], orders),
    activities: sheet('activities', ['date', 'type', 'owner', 'replied', 'opened', 'bounced', 'team', 'audience'], activities),
    spend: sheet('spend', ['date', 'amount', 'channel'], spend),
    targets: sheet('targets', ['date', 'metric', 'owner', 'target'], targets),
    complaints: sheet('complaints', ['date', 'customer', 'order', 'reason'], complaints),
  };
  let rows = 0;
  let cells = 0;
  for (const s of Object.values(sheets)) {
    rows += (s?.values.length ?? 1) - 1;
    cells += s ? s.values.length * s.fields.length : 0;
  }
  return { deals, sheets, truth: { deals: dealSheet.truth, customers: customers.truth }, rows, cells };
}
