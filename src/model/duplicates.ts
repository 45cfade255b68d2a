// Finds repeated strings (every occurrence after the first) with an open-addressing table of hashes and positions.

const { imul } = Math; // module constant: global lookups are slow in hot loops under some hosts

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = imul(h ^ s.charCodeAt(i), 0x01000193);
  // final mix: the slot comes from the low bits, which FNV leaves depending on the characters' low bits only
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

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
