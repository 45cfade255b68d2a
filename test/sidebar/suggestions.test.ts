// Tests that a new user maps the sample workbook and CRM exports without typing a header: the suggestions are right.

import { emptyWorkbook, workbookFromArrays } from '../../scripts/runtime/workbook-model';
import type { LoadResult } from '../../src/sidebar/protocol';
import { ensureBuilt, runtimeFor } from '../browser/harness';

beforeAll(() => ensureBuilt(), 120000);

describe('suggestions on opening', () => {
  it.each(['fr_FR', 'en_US'])('give back exactly the mapping the sample workbook ships with (%s)', (locale) => {
    const rt = runtimeFor(emptyWorkbook({ locale }));
    rt.call('insertSampleData');
    const shipped = JSON.parse(rt.state.properties.document.get('salesKpi.config')!);
    rt.state.properties.document.delete('salesKpi.config');
    const load = rt.call<LoadResult>('sidebarLoad');
    expect(Object.keys(load.draft.entities).sort()).toEqual(Object.keys(shipped.entities).sort());
    for (const [entity, mapping] of Object.entries<{ sheet: string; headerRow: number; fields: object }>(shipped.entities)) {
      expect(load.draft.entities[entity as 'deals']).toMatchObject({ sheet: mapping.sheet, headerRow: mapping.headerRow, fields: mapping.fields });
    }
  });

  it('map a HubSpot deals export', () => {
    const headers = ['Record ID', 'Deal Name', 'Deal Stage', 'Close Date', 'Amount', 'Deal owner', 'Create Date', 'Pipeline', 'Closed Lost Reason'];
    const rt = runtimeFor(workbookFromArrays({ 'hubspot-crm-exports-all-deals': [headers, ['1', 'ACME', 'Closed Won', '2024-03-01', '1200', 'Alice', '2024-01-01', 'Sales', '']] }, { locale: 'en_US' }));
    const load = rt.call<LoadResult>('sidebarLoad');
    expect(load.draft.entities.deals?.fields).toMatchObject({
      stage: 'Deal Stage',
      closed: 'Close Date',
      amount: 'Amount',
      owner: 'Deal owner',
      created: 'Create Date',
      lost_reason: 'Closed Lost Reason',
    });
    expect(load.lang).toBe('en');
  });

  it('map a Pipedrive export, its close date read from “Won time” then “Lost time”', () => {
    const headers = ['Deal - Title', 'Deal - Value', 'Deal - Status', 'Deal - Won time', 'Deal - Lost time', 'Deal - Deal created', 'Deal - Owner'];
    const rt = runtimeFor(workbookFromArrays({ 'deals-export': [headers, ['ACME', '1200', 'won', '2024-03-01 10:00:00', '', '2024-01-01 09:00:00', 'Alice']] }, { locale: 'en_US' }));
    const deals = rt.call<LoadResult>('sidebarLoad').draft.entities.deals;
    expect(deals?.fields).toMatchObject({ amount: 'Deal - Value', stage: 'Deal - Status', closed: 'Deal - Won time', owner: 'Deal - Owner' });
    expect(deals?.fallbacks).toEqual({ closed: ['Deal - Lost time'] });
  });
});
