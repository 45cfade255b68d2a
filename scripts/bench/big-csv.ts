// A deals CSV export of any size (French headers, `;` separator, ISO dates, plain amounts) for the `npm start` benchmark.

import { writeFileSync } from 'node:fs';
import { int, pick, seeded } from './prng';

const REPS = ['Camille Martin', 'Julien Bernard', 'Sophie Laurent', 'Thomas Petit', 'Léa Moreau'];
const REASONS = ['Prix trop élevé', 'Concurrent choisi', 'Pas de budget', 'Perdida por licitación'];
const HEADER = 'Référence;Date de création;Date de clôture;Étape;Montant HT;Commercial;Motif de perte';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Writes `rows` deals created over three years (2023–2025) to `path`; same seed, same file. */
export function writeDealsCsv(path: string, rows: number, seed = 7): void {
  const rand = seeded(seed);
  const start = Date.UTC(2023, 0, 1);
  const day = 86400000;
  const lines: string[] = [HEADER];
  for (let i = 0; i < rows; i++) {
    const created = start + int(rand, 3 * 365 - 90) * day;
    const closed = created + (5 + int(rand, 80)) * day;
    const r = rand();
    const stage = r < 0.3 ? 'Gagné' : r < 0.75 ? 'Perdu' : 'Négociation';
    const reason = stage === 'Perdu' ? pick(rand, REASONS) : '';
    const amount = (500 + int(rand, 20000)).toString();
    lines.push(`D${i + 1};${iso(created)};${stage === 'Négociation' ? '' : iso(closed)};${stage};${amount};${pick(rand, REPS)};${reason}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}
