// The sample workbook's shape: one sheet per entity, its columns (field ids) and headers in the chosen language.

import type { Day, MonthIndex } from '../model/days';
import { type EntityId, entityDef, fieldDef } from '../model/entities';
import type { Lang } from '../model/settings';

/** A cell of the pure sample: a day number in date columns, an amount, a text, or '' for blank. */
export type SampleCell = number | string;

export interface SampleSheet {
  readonly entity: EntityId;
  /** Sheet name (the entity's label: `Affaires`, `Deals`). */
  readonly name: string;
  /** Field id of each column. */
  readonly fields: readonly string[];
  readonly headers: readonly string[];
  /** Indexes of the columns holding day numbers (to write as dates). */
  readonly dateColumns: readonly number[];
  readonly rows: SampleCell[][];
}

export interface SampleWorkbook {
  readonly lang: Lang;
  /** First and last month covered (the last is the last complete month before `today`). */
  readonly firstMonth: MonthIndex;
  readonly lastMonth: MonthIndex;
  readonly today: Day;
  readonly sheets: readonly SampleSheet[];
}

export const SAMPLE_COLUMNS: Readonly<Record<EntityId, readonly string[]>> = {
  leads: ['created', 'source', 'owner', 'sector', 'qualified', 'opportunity', 'first_contact'],
  deals: ['id', 'created', 'closed', 'stage', 'amount', 'owner', 'source', 'sector', 'product', 'customer', 'lost_reason', 'quote_sent'],
  customers: ['id', 'start', 'end', 'mrr', 'owner', 'source', 'sector'],
  orders: ['id', 'date', 'customer', 'amount', 'cost', 'product', 'owner', 'channel'],
  activities: ['date', 'type', 'owner', 'replied', 'opened', 'bounced', 'team', 'audience'],
  spend: ['date', 'amount', 'channel'],
  targets: ['date', 'metric', 'owner', 'target'],
  complaints: ['date', 'customer', 'order', 'reason'],
  subscriptions: ['id', 'customer', 'plan', 'start', 'end', 'amount', 'interval', 'quantity'],
};

/** Header overrides where the sample follows French CRM habit rather than the field's label. */
const HEADER_OVERRIDES: Partial<Record<string, { fr: string; en: string }>> = {
  'deals.amount': { fr: 'Montant HT', en: 'Amount' },
};

export function sampleHeader(entity: EntityId, field: string, lang: Lang): string {
  const override = HEADER_OVERRIDES[`${entity}.${field}`];
  if (override) return override[lang];
  const def = fieldDef(entity, field);
  if (!def) throw new Error(`Unknown field ${entity}.${field}`);
  return def.label[lang];
}

/** A sheet of the sample with its headers and date columns derived from the field definitions. */
export function sampleSheet(entity: EntityId, lang: Lang, rows: SampleCell[][]): SampleSheet {
  const fields = SAMPLE_COLUMNS[entity];
  const dateColumns: number[] = [];
  fields.forEach((field, i) => {
    if (fieldDef(entity, field)?.type === 'date') dateColumns.push(i);
  });
  return {
    entity,
    name: entityDef(entity).label[lang],
    fields,
    headers: fields.map((field) => sampleHeader(entity, field, lang)),
    dateColumns,
    rows,
  };
}

/** The day of week of a day number, 0 = Sunday ... 6 = Saturday (day 0 was a Thursday). */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}
