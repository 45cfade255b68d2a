// Properties that hold for any input: reading a configuration never throws; matching never reuses a field or column.

import fc from 'fast-check';
import { parseConfig } from '../../src/model/config';
import { ENTITY_IDS } from '../../src/model/entities';
import { matchFields } from '../../src/model/header-match';
import { identifyTable, looksLikeTable } from '../../src/model/identify-table';

const headerWords = fc.constantFrom('Date', 'Montant', 'Amount', 'Stage', 'Statut', 'Owner', 'Commercial', 'Close Date', 'Créé le', '', 'Notes', 'Deal - Value', 'Won time', 'Lost time');

describe('for any input', () => {
  it('parseConfig never throws and gives a configuration or null', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const { config } = parseConfig(raw);
        expect(config === null || config.version === 3).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('matchFields gives each field and each column at most once, scores between the threshold and 1', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENTITY_IDS), fc.array(fc.oneof(headerWords, fc.string()), { maxLength: 15 }), (entity, headers) => {
        const matches = matchFields(entity, headers);
        expect(new Set(matches.map((m) => m.field)).size).toBe(matches.length);
        expect(new Set(matches.map((m) => m.column)).size).toBe(matches.length);
        for (const m of matches) {
          expect(m.score).toBeGreaterThanOrEqual(0.55);
          expect(m.score).toBeLessThanOrEqual(1);
          expect(m.header).toBe(String(headers[m.column]).trim());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('identifyTable and looksLikeTable never throw on ragged or odd ranges', () => {
    const cell = fc.oneof(headerWords, fc.integer(), fc.constant(null), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }), (values) => {
        const found = identifyTable(values, null);
        if (found) expect(found.headerRow).toBeGreaterThanOrEqual(1);
        expect(typeof looksLikeTable(values)).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
