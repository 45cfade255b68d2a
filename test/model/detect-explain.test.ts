// Messages that name the columns detection considered for a field and why it refused them.

import { runCustomFunction } from '../../src/functions/dispatch';
import type { FunctionContext } from '../../src/functions/table-args';
import { consideredText } from '../../src/model/detect-explain';
import { DEFAULT_SETTINGS } from '../../src/model/settings';

describe('consideredText', () => {
  const considered = { closed: [{ field: 'closed', column: 3, header: 'CLOSED', reason: 'no_dates' as const }] };
  it('names the refused column and the reason, in both languages', () => {
    expect(consideredText('en', considered, ['closed'])).toBe('columns considered: “CLOSED” holds no dates');
    expect(consideredText('fr', considered, ['closed'])).toBe('colonnes envisagées : « CLOSED » ne contient pas de dates');
  });
  it('says nothing when no column was refused for the fields asked', () => {
    expect(consideredText('en', considered, ['amount'])).toBe('');
    expect(consideredText('en', undefined, ['closed'])).toBe('');
  });
});

describe('a custom function that cannot find the close date', () => {
  it('names the column it considered and why it refused it', () => {
    const contextFor = (): FunctionContext => ({ config: null, settings: DEFAULT_SETTINGS, lang: 'en' });
    const values = [
      ['ID', 'STAGE', 'AMOUNT', 'CLOSED', 'DATE_CREATE'],
      ...Array.from({ length: 6 }, (_, i) => [String(i), i % 2 ? 'Won' : 'Lost', 100, i % 3 ? 'Y' : 'N', '2024-03-01']),
    ];
    expect(() => runCustomFunction('DEALS_WON', [values, '2024-03'], contextFor())).toThrow(/Close date \(columns considered: “CLOSED” holds no dates\)/);
  });
});
