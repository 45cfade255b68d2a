// Text shown from the data is capped at 256 characters with an ellipsis, never splitting an emoji or a CJK pair.

import { parsePeriod } from '../../src/model/period';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { MAX_SHOWN_CHARS, shownText } from '../../src/model/shown-text';

describe('shownText', () => {
  it('leaves short text as it is', () => {
    expect(shownText('Perdida por licitación')).toBe('Perdida por licitación');
    expect(shownText('x'.repeat(MAX_SHOWN_CHARS))).toBe('x'.repeat(MAX_SHOWN_CHARS));
  });

  it('cuts a 5 MB cell to 256 characters ending with an ellipsis', () => {
    const shown = shownText('A'.repeat(5 * 1024 * 1024));
    expect(shown.length).toBe(MAX_SHOWN_CHARS);
    expect(shown.endsWith('…')).toBe(true);
  });

  it('never leaves half of a surrogate pair before the ellipsis', () => {
    const shown = shownText(`${'a'.repeat(MAX_SHOWN_CHARS - 2)}😀😀😀`);
    expect(shown).toBe(`${'a'.repeat(MAX_SHOWN_CHARS - 2)}…`);
    expect(() => encodeURIComponent(shown)).not.toThrow();
  });
});

describe('an unrecognised period', () => {
  it('echoes at most 256 characters of what was typed, not a 5 MB string', () => {
    let message = '';
    try {
      parsePeriod('z'.repeat(5 * 1024 * 1024), DEFAULT_SETTINGS);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('zzz…');
    expect(message.length).toBeLessThan(1000);
  });

  it.each(['9999-01', '0000-01', '9999-Q1', '0000'])('%s is not a period (years 1900 to 2999)', (text) => {
    expect(() => parsePeriod(text, DEFAULT_SETTINGS)).toThrow(/Unrecognised period/);
  });
});
