// How alike two texts are once compacted: the Dice coefficient of their character pairs (0 to 1).

import { compactText } from './normalize';

/** Dice coefficient of the character pairs of two already compacted texts (`compactText`). */
export function diceOfCompact(x: string, y: string): number {
  if (x === y) return x === '' ? 0 : 1;
  if (x.length < 2 || y.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < x.length; i++) pairs.set(x.slice(i, i + 2), (pairs.get(x.slice(i, i + 2)) ?? 0) + 1);
  let common = 0;
  for (let i = 0; i + 1 < y.length; i++) {
    const p = y.slice(i, i + 2);
    const n = pairs.get(p) ?? 0;
    if (n > 0) {
      common++;
      pairs.set(p, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length - 2);
}

/** Dice coefficient of two texts once compacted (`"Montant HT"` and `"montant_ht"` → 1). */
export function textSimilarity(a: string, b: string): number {
  return diceOfCompact(compactText(a), compactText(b));
}
