// Finds repeated strings (every occurrence after the first) with an open-addressing table of hashes and positions.

import { hashString as hash } from './string-hash';

/** Ascending positions of the non-blank values already seen at an earlier position. */
export function repeatedPositions(values: readonly string[]): number[] {
  const n = values.length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const first = new Int32Array(size); // position + 1 of the first occurrence held by the slot, 0 = free
  const hashes = new Int32Array(size);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = values[i];
    if (s === '') continue;
    const h = hash(s);
    let pos = h & mask;
    for (;;) {
      const at = first[pos];
      if (at === 0) {
        first[pos] = i + 1;
        hashes[pos] = h;
        break;
      }
      if (hashes[pos] === h && values[at - 1] === s) {
        out.push(i);
        break;
      }
      pos = (pos + 1) & mask;
    }
  }
  return out;
}
