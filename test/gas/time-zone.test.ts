// The time zone is proven at the boundary: an unknown zone or a disagreement with Utilities.formatDate stops the run.

import { knownTimeZone, provenTimeZone } from '../../src/gas/time-zone';
import { UserError } from '../../src/i18n';
import { dayOfInstantIn } from '../../src/model/timezone';

const g = globalThis as unknown as { Utilities?: { formatDate: (d: Date, z: string, p: string) => string } };

afterEach(() => {
  delete g.Utilities;
});

test('a zone Intl knows is accepted; an unknown one is a UserError naming it', () => {
  expect(knownTimeZone('America/Chicago')).toBe('America/Chicago');
  expect(() => knownTimeZone('Mars/Olympus')).toThrow(UserError);
  expect(() => knownTimeZone('Mars/Olympus')).toThrow(/Mars\/Olympus/);
});

test('the engine never falls back to UTC for an unknown zone', () => {
  expect(() => dayOfInstantIn('Mars/Olympus')).toThrow('Unknown time zone "Mars/Olympus"');
});

test('Intl and Utilities.formatDate must agree on the wall time', () => {
  const at = Date.UTC(2024, 3, 1, 4, 30);
  g.Utilities = { formatDate: () => '2024-03-31 23:30' };
  expect(provenTimeZone('America/Chicago', at)).toBe('America/Chicago');
  g.Utilities = { formatDate: () => '2024-04-01 04:30' }; // a service that knew the zone as UTC
  expect(() => provenTimeZone('America/Chicago', at)).toThrow(/2024-03-31 23:30.*2024-04-01 04:30/);
});
