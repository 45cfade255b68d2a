// Tests of parseTable: a small deals sheet with its header on row 3, blank rows, trailing blanks and every issue.
import { parseTable } from '../../src/model/parse-table';
import { dayFromCivil, dayKey } from '../../src/model/days';
import { DEFAULT_SETTINGS, type Settings } from '../../src/model/settings';
import { STAGE_LOST, STAGE_OPEN, STAGE_WON, type Table } from '../../src/model/table';

const FR: Settings = { ...DEFAULT_SETTINGS, locale: 'fr_FR', timeZone: 'Europe/Paris', currency: 'EUR' };
const US: Settings = { ...DEFAULT_SETTINGS, locale: 'en_US', timeZone: 'America/New_York', currency: 'USD' };
const blankRow = () => ['', '', '', '', '', ''];

function dealsSheet(trailingBlanks: number): unknown[][] {
  const rows: unknown[][] = [
    ['Export CRM du 2024-04-01', '', '', '', '', ''],
    blankRow(),
    ['ID', 'Créée le', 'Clôture', 'Étape', 'Montant', 'Commercial'],
    ['D1', '15/03/2024', '20/03/2024', 'Gagné', '1 200 €', 'Alice'],
    ['D2', new Date(Date.UTC(2024, 2, 1, 12)), 45400, 'Perdu', 'abc', ' Bob '],
    blankRow(),
    ['D3', '2024-03-10', '2024-03-05', 'Proposition', '-50 €', 'Alice'],
    ['D1', '', '', 'Won', '$300', ''],
    ['', '   ', '', '', '', ''],
    ['D5', '13/04/2024', '', '', '2 000 €', 'Carol'],
  ];
  for (let i = 0; i < trailingBlanks; i++) rows.push(blankRow());
  return rows;
}
const DEAL_COLUMNS = { id: 0, created: 1, closed: 2, stage: 3, amount: 4, owner: 5 };

const days = (t: Table, field: string) => {
  const c = t.columns[field];
  if (c?.type !== 'date') throw new Error(`${field} is not a date column`);
  return Array.from(c.values, (d) => (Number.isNaN(d) ? '' : dayKey(d)));
};
const numbers = (t: Table, field: string) => {
  const c = t.columns[field];
  if (c?.type !== 'amount' && c?.type !== 'number') throw new Error(`${field} is not numeric`);
  return Array.from(c.values);
};
const issue = (t: Table, field: string, kind: string) => t.issues.find((i) => i.field === field && i.kind === kind);

describe('parseTable on a deals sheet with its header on row 3', () => {
  const table = parseTable('deals', 'Deals', dealsSheet(50000), DEAL_COLUMNS, { headerRow: 3, settings: FR });

  it('keeps the non-blank rows with their real sheet row numbers', () => {
    expect(table.size).toBe(5);
    expect(Array.from(table.rowNumbers)).toEqual([4, 5, 7, 8, 10]);
    expect(table.rowsRead).toBe(7);
  });

  it('reads dates of every form, day first as the column shows', () => {
    expect(days(table, 'created')).toEqual(['2024-03-15', '2024-03-01', '2024-03-10', '', '2024-04-13']);
    expect(days(table, 'closed')).toEqual(['2024-03-20', '2024-04-18', '2024-03-05', '', '']);
  });

  it('reads stages, texts and headers', () => {
    expect(Array.from(table.columns.stage?.values as Uint8Array)).toEqual([STAGE_WON, STAGE_LOST, STAGE_OPEN, STAGE_WON, STAGE_OPEN]);
    expect(table.columns.owner?.values).toEqual(['Alice', 'Bob', 'Alice', '', 'Carol']);
    expect(table.columns.amount?.header).toBe('Montant');
  });

  it('leaves NaN for an unreadable amount and for the minority currency', () => {
    expect(numbers(table, 'amount')).toEqual([1200, Number.NaN, -50, Number.NaN, 2000]);
    expect(issue(table, 'amount', 'unreadable_number')).toMatchObject({ rows: [5], count: 1, blocking: true, header: 'Montant' });
    expect(issue(table, 'amount', 'mixed_currencies')).toMatchObject({ rows: [8], count: 1, blocking: true, detail: 'EUR' });
  });

  it('only flags negative amounts, closes before creation and duplicated ids', () => {
    expect(issue(table, 'amount', 'negative_amount')).toMatchObject({ rows: [7], count: 1, blocking: false });
    expect(issue(table, 'closed', 'close_before_create')).toMatchObject({ rows: [7], count: 1, blocking: false });
    expect(issue(table, 'id', 'duplicate_id')).toMatchObject({ rows: [8], count: 1, blocking: false, entity: 'deals', sheet: 'Deals' });
    expect(table.issues).toHaveLength(5);
  });

  it('flags dates after today, except expected closes of open deals', () => {
    const today = dayFromCivil(2024, 4, 1);
    const t = parseTable('deals', 'Deals', dealsSheet(0), DEAL_COLUMNS, { headerRow: 3, settings: FR, today });
    expect(issue(t, 'created', 'future_date')).toMatchObject({ rows: [10], count: 1, blocking: false });
    expect(issue(t, 'closed', 'future_date')).toMatchObject({ rows: [5], count: 1 });
  });

  it('gives the same table without the trailing blank rows', () => {
    const t = parseTable('deals', 'Deals', dealsSheet(0), DEAL_COLUMNS, { headerRow: 3, settings: FR });
    expect(Array.from(t.rowNumbers)).toEqual(Array.from(table.rowNumbers));
    expect(t.issues).toEqual(table.issues);
  });
});

describe('parseTable day/month order per column', () => {
  const leads = (created: string[], settings: Settings) =>
    parseTable('leads', 'Leads', [['Date'], ...created.map((c) => [c])], { created: 0 }, { headerRow: 1, settings });

  it('reads an ambiguous column in the locale order and says so', () => {
    const us = leads(['04/05/2024', '01/02/2024', '03/03/2024'], US);
    expect(days(us, 'created')).toEqual(['2024-04-05', '2024-01-02', '2024-03-03']);
    expect(issue(us, 'created', 'ambiguous_day_month')).toMatchObject({ rows: [2, 3], count: 2, blocking: false, detail: 'mdy', header: 'Date' });
    const fr = leads(['04/05/2024', '01/02/2024'], FR);
    expect(days(fr, 'created')).toEqual(['2024-05-04', '2024-02-01']);
    expect(issue(fr, 'created', 'ambiguous_day_month')?.detail).toBe('dmy');
  });

  it('follows a column whose values show the order, whatever the locale', () => {
    const t = leads(['04/05/2024', '3/15/2024'], FR);
    expect(days(t, 'created')).toEqual(['2024-04-05', '2024-03-15']);
    expect(t.issues).toEqual([]);
  });

  it('rejects the rows that contradict the majority', () => {
    const t = leads(['15/03/2024', '20/03/2024', '3/25/2024', '01/02/2024'], US);
    expect(days(t, 'created')).toEqual(['2024-03-15', '2024-03-20', '', '2024-02-01']);
    expect(issue(t, 'created', 'contradictory_day_month')).toMatchObject({ rows: [4], count: 1, blocking: true, detail: 'dmy' });
    expect(issue(t, 'created', 'ambiguous_day_month')).toBeUndefined();
  });

  it('flags two-digit years and reports unreadable dates with their rows', () => {
    const t = leads(['15/03/24', 'bientôt', '31/02/2024', '2024-03-01'], FR);
    expect(days(t, 'created')).toEqual(['2024-03-15', '', '', '2024-03-01']);
    expect(issue(t, 'created', 'two_digit_year')).toMatchObject({ rows: [2], blocking: false });
    expect(issue(t, 'created', 'unreadable_date')).toMatchObject({ rows: [3, 4], count: 2, blocking: true });
  });
});

describe('parseTable issues', () => {
  it('keep the first ten rows and the total count', () => {
    const sheet: unknown[][] = [['Montant']];
    for (let i = 0; i < 25; i++) sheet.push([i % 2 ? 'n/a' : 'douze']);
    const t = parseTable('orders', 'Orders', sheet, { amount: 0 }, { headerRow: 1, settings: FR });
    expect(issue(t, 'amount', 'unreadable_number')).toMatchObject({ rows: [2, 4, 6, 8, 10, 12, 14, 16, 18, 20], count: 13 });
  });

  it('name a column without a header by its letter', () => {
    const t = parseTable('orders', 'Orders', [['', '', ''], ['', '', 'x']], { amount: 2 }, { headerRow: 1, settings: FR });
    expect(t.issues[0]).toMatchObject({ header: 'C', rows: [2] });
  });

  it('parses only the fields asked for, rows with data elsewhere still counting as rows', () => {
    const sheet = [
      ['Closed', 'Stage', 'Owner', 'Amount'],
      ['', '', 'Alice', ''],
      [45366, 'Gagné', 'Bob', 'douze'],
    ];
    const t = parseTable('deals', 'Deals', sheet, { closed: 0, stage: 1, owner: 2, amount: 3 }, { headerRow: 1, settings: FR, only: new Set(['closed', 'stage']) });
    expect(Object.keys(t.columns)).toEqual(['closed', 'stage']);
    expect(t.size).toBe(2);
    expect(Array.from(t.columns.stage?.values as Uint8Array)).toEqual([STAGE_OPEN, STAGE_WON]);
    expect(t.issues).toEqual([]);
  });

  it('reads Date cells as days and reports invalid or implausible ones', () => {
    const sheet = [['Created'], [new Date(Date.UTC(2024, 2, 14, 23))], [new Date(Number.NaN)], [new Date(Date.UTC(1850, 0, 1))], [new Date(Date.UTC(2024, 2, 15, 12))]];
    const t = parseTable('deals', 'Deals', sheet, { created: 0 }, { headerRow: 1, settings: FR });
    expect(days(t, 'created')).toEqual(['2024-03-15', '', '', '2024-03-15']);
    expect(issue(t, 'created', 'unreadable_date')).toMatchObject({ rows: [3, 4], count: 2, blocking: true });
  });

  it('reads flags and American numbers', () => {
    const sheet = [
      ['Date', 'Qualified', 'Converted'],
      [45366, 'yes', ''],
      [45367, 'no', new Date(2024, 2, 20)],
    ];
    const t = parseTable('leads', 'Leads', sheet, { created: 0, qualified: 1, opportunity: 2 }, { headerRow: 1, settings: US });
    expect(Array.from(t.columns.qualified?.values as Uint8Array)).toEqual([1, 0]);
    expect(Array.from(t.columns.opportunity?.values as Uint8Array)).toEqual([0, 1]);
    const repeated = [['Qualified'], ['oui'], ['Non qualifié'], ['oui'], ['✓'], ['Non qualifié'], [true], ['✗'], ['oui']];
    const flags = parseTable('leads', 'Leads', repeated, { qualified: 0 }, { headerRow: 1, settings: US });
    expect(Array.from(flags.columns.qualified?.values as Uint8Array)).toEqual([1, 0, 1, 1, 0, 1, 0, 1]);
    expect(days(t, 'created')).toEqual(['2024-03-15', '2024-03-16']);
    const orders = parseTable('orders', 'O', [['Amount'], ['1,234'], ['$2,500.50']], { amount: 0 }, { headerRow: 1, settings: US });
    expect(numbers(orders, 'amount')).toEqual([1234, 2500.5]);
  });
});

describe('parseTable at scale', () => {
  it('parses a million rows plus 50,000 trailing blank rows (its speed is measured by npm run bench, not here)', () => {
    const stages = ['Gagné', 'Perdu', 'Proposition', 'Négociation'];
    const sheet: unknown[][] = [['ID', 'Created', 'Stage', 'Amount', 'Owner']];
    for (let i = 0; i < 1_000_000; i++) sheet.push([`D${i}`, 44562 + (i % 700), stages[i & 3], (i % 5000) * 1.5, 'Alice']);
    for (let i = 0; i < 50_000; i++) sheet.push(['', '', '', '', '']);
    const columns = { id: 0, created: 1, stage: 2, amount: 3, owner: 4 };
    const t = parseTable('deals', 'Deals', sheet, columns, { headerRow: 1, settings: FR });
    expect(t.size).toBe(1_000_000);
    expect(t.rowNumbers[999_999]).toBe(1_000_001);
    expect(t.issues).toEqual([]);
  });
});
