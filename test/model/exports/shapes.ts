// The real export shapes of test/fixtures/exports: how each is read by hand, and what detection must map.

import { parseStage } from '../../../src/model/coerce-stage';
import { normalizeText } from '../../../src/model/normalize';
import { DEFAULT_SETTINGS } from '../../../src/model/settings';
import { STAGE_WON } from '../../../src/model/table';
import type { Encoding, Reading } from './corpus';

export interface Shape {
  readonly file: string;
  readonly encoding?: Encoding;
  readonly locale?: string;
  /** Labels the workbook adds (a custom stage of the CRM). */
  readonly lostLabels?: readonly string[];
  /** Deal fields the detection must map, to the header it must choose. */
  readonly mapping: Readonly<Record<string, string>>;
  readonly fallbacks?: Readonly<Record<string, readonly string[]>>;
  readonly reading: Reading;
  /** Until the Unicode-aware normalisation and the many-language stage vocabulary land, these shapes wait. */
  readonly needs?: 'unicode' | 'spanish-stages';
}

export const CAN: Readonly<Record<NonNullable<Shape['needs']>, boolean>> = {
  unicode: normalizeText('Сумма') !== '',
  'spanish-stages': parseStage('Cerrado Ganado', DEFAULT_SETTINGS) === STAGE_WON,
};

export const MONTH = '2024-03';
const CLOSED_WON_LOST = { won: ['Closed Won'], lost: ['Closed Lost'] };

export const SHAPES: readonly Shape[] = [
  {
    file: 'salesforce-opportunity.csv',
    mapping: { stage: 'StageName', amount: 'Amount', closed: 'CloseDate', created: 'CreatedDate', owner: 'Owner.Name', source: 'LeadSource' },
    reading: { stage: { header: 'StageName', ...CLOSED_WON_LOST }, closed: ['CloseDate'], created: 'CreatedDate', amount: 'Amount', order: 'ymd' },
  },
  {
    file: 'hubspot-deals.csv',
    mapping: { stage: 'Deal Stage', amount: 'Amount', closed: 'Close Date', created: 'Create Date', owner: 'Deal owner', lost_reason: 'Closed Lost Reason' },
    reading: { stage: { header: 'Deal Stage', ...CLOSED_WON_LOST }, closed: ['Close Date'], created: 'Create Date', amount: 'Amount', order: 'ymd' },
  },
  {
    file: 'hubspot-deals-api.csv',
    mapping: { stage: 'dealstage', amount: 'amount', closed: 'closedate', created: 'createdate', owner: 'hubspot_owner_id', lost_reason: 'closed_lost_reason' },
    reading: { stage: { header: 'dealstage', won: ['closedwon'], lost: ['closedlost'] }, closed: ['closedate'], created: 'createdate', amount: 'amount', order: 'ymd' },
  },
  {
    file: 'pipedrive-deals.csv',
    mapping: { stage: 'Deal - Status', amount: 'Deal - Value', closed: 'Deal - Won time', created: 'Deal - Deal created', owner: 'Deal - Owner', lost_reason: 'Deal - Lost reason' },
    fallbacks: { closed: ['Deal - Lost time'] },
    reading: {
      stage: { header: 'Deal - Status', won: ['Won'], lost: ['Lost'] },
      closed: ['Deal - Won time', 'Deal - Lost time'],
      created: 'Deal - Deal created',
      amount: 'Deal - Value',
      order: 'ymd',
    },
  },
  {
    file: 'zoho-deals.csv',
    mapping: { stage: 'Stage', amount: 'Amount', closed: 'Closing Date', created: 'Created Time', owner: 'Deal Owner', lost_reason: 'Reason For Loss' },
    reading: { stage: { header: 'Stage', ...CLOSED_WON_LOST }, closed: ['Closing Date'], created: 'Created Time', amount: 'Amount', order: 'ymd' },
  },
  {
    file: 'zoho-deals-api.csv',
    mapping: { stage: 'Stage', amount: 'Amount', closed: 'Closing_Date', created: 'Created_Time', owner: 'Owner.name', lost_reason: 'Reason_For_Loss__s' },
    reading: { stage: { header: 'Stage', ...CLOSED_WON_LOST }, closed: ['Closing_Date'], created: 'Created_Time', amount: 'Amount', order: 'ymd' },
  },
  {
    file: 'dynamics-opportunities.csv',
    locale: 'en_US',
    mapping: { stage: 'Status', amount: 'Actual Revenue', closed: 'Actual Close Date', created: 'Created On', owner: 'Owner', customer: 'Potential Customer' },
    reading: { stage: { header: 'Status', won: ['Won'], lost: ['Lost'] }, closed: ['Actual Close Date'], created: 'Created On', amount: 'Actual Revenue', order: 'mdy' },
  },
  {
    file: 'odoo-crm-lead.csv',
    mapping: { stage: 'Is Won', amount: 'Expected Revenue', closed: 'Closed Date', created: 'Created on', owner: 'Salesperson', lost_reason: 'Lost Reason' },
    reading: { stage: { header: 'Is Won', won: ['Won'], lost: ['Lost'] }, closed: ['Closed Date'], created: 'Created on', amount: 'Expected Revenue', order: 'ymd' },
  },
  {
    file: 'vtiger-potentials-es.csv',
    encoding: 'latin1',
    locale: 'es_ES',
    lostLabels: ['Perdida por licitación'],
    needs: 'spanish-stages',
    mapping: { stage: 'sales_stage', amount: 'amount', closed: 'closingdate', created: 'createdtime', owner: 'smownerid', source: 'leadsource' },
    reading: {
      stage: { header: 'sales_stage', won: ['Cerrado Ganado'], lost: ['Cerrado Perdido', 'Perdida por licitación'] },
      closed: ['closingdate'],
      created: 'createdtime',
      amount: 'amount',
      order: 'ymd',
    },
  },
  {
    file: 'suitecrm-opportunities.csv',
    mapping: { stage: 'sales_stage', amount: 'amount', closed: 'date_closed', created: 'date_entered', owner: 'assigned_user_name', source: 'lead_source' },
    reading: { stage: { header: 'sales_stage', ...CLOSED_WON_LOST }, closed: ['date_closed'], created: 'date_entered', amount: 'amount', order: 'ymd' },
  },
  {
    file: 'bitrix24-deals-ru.csv',
    locale: 'ru_RU',
    needs: 'unicode',
    mapping: { stage: 'Стадия сделки', amount: 'Сумма', closed: 'Предполагаемая дата закрытия', created: 'Дата создания', owner: 'Ответственный' },
    reading: {
      stage: { header: 'Стадия сделки', won: ['Сделка успешна'], lost: ['Сделка провалена'] },
      closed: ['Предполагаемая дата закрытия'],
      created: 'Дата создания',
      amount: 'Сумма',
      order: 'dmy',
    },
  },
  {
    file: 'maven-sales-pipeline.csv',
    mapping: { stage: 'deal_stage', amount: 'close_value', closed: 'close_date', created: 'engage_date', owner: 'sales_agent', customer: 'account', product: 'product' },
    reading: { stage: { header: 'deal_stage', won: ['Won'], lost: ['Lost'] }, closed: ['close_date'], created: 'engage_date', amount: 'close_value', order: 'ymd' },
  },
  {
    file: 'axonaut-opportunites.csv',
    encoding: 'win1252',
    locale: 'fr_FR',
    mapping: { stage: 'Étape', amount: 'Montant', closed: 'Date de gain', created: 'Date de création', owner: 'Commercial' },
    fallbacks: { closed: ['Date de perte'] },
    reading: {
      stage: { header: 'Étape', won: ['Gagnée'], lost: ['Perdue'] },
      closed: ['Date de gain', 'Date de perte'],
      created: 'Date de création',
      amount: 'Montant',
      order: 'dmy',
      decimal: 'fr',
    },
  },
  {
    file: 'sellsy-opportunites.csv',
    locale: 'fr_FR',
    mapping: { stage: 'Statut', amount: 'Montant HT', closed: 'Date de clôture', created: 'Date de création', owner: 'Suivi par', lost_reason: 'Motif de perte' },
    reading: {
      stage: { header: 'Statut', won: ['Gagnée'], lost: ['Perdue'] },
      closed: ['Date de clôture'],
      created: 'Date de création',
      amount: 'Montant HT',
      order: 'dmy',
      decimal: 'fr',
    },
  },
  {
    file: 'nocrm-leads.csv',
    mapping: { stage: 'status', amount: 'amount', closed: 'closed_at', created: 'created_at', owner: 'user_email' },
    reading: { stage: { header: 'status', won: ['won'], lost: ['lost'] }, closed: ['closed_at'], created: 'created_at', amount: 'amount', order: 'ymd' },
  },
];

/** The shape of one fixture file. */
export function shapeOf(file: string): Shape {
  const shape = SHAPES.find((s) => s.file === file);
  if (!shape) throw new Error(`no shape for ${file}`);
  return shape;
}
