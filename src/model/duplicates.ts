// Finds repeated strings (every occurrence after the first) by sorting hashes, cheaper than a Set of a million ids.

const { imul, floor } = Math; // module constants: global lookups are slow in hot loops under some hosts
const INDEX_SPACE = 2097152; // 2^21 positions; with a 32-bit hash the sort key stays an exact double

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Ascending positions of the non-blank values already seen at an earlier position. */
export function repeatedPositions(values: readonly string[]): number[] {
  const n = values.length;
  if (n > INDEX_SPACE) return viaSet(values);
  const keys = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) if (values[i] !== '') keys[m++] = hash(values[i]) * INDEX_SPACE + i;
  const sorted = keys.subarray(0, m).sort();
  const out: number[] = [];
  for (let a = 0; a < m; ) {
    const h = floor(sorted[a] / INDEX_SPACE);
    let b = a + 1;
    while (b < m && floor(sorted[b] / INDEX_SPACE) === h) b++;
    if (b - a > 1) collisions(sorted, a, b, h * INDEX_SPACE, values, out);
    a = b;
  }
  return out.sort((x, y) => x - y);
}

/** Within one hash group (positions ascending), the positions whose string appeared earlier in the group. */
function collisions(sorted: Float64Array, a: number, b: number, base: number, values: readonly string[], out: number[]): void {
  const seen = new Set<string>();
  for (let k = a; k < b; k++) {
    const v = values[sorted[k] - base];
    if (seen.has(v)) out.push(sorted[k] - base);
    else seen.add(v);
  }
}

function viaSet(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  values.forEach((v, i) => {
    if (v === '') return;
    if (seen.has(v)) out.push(i);
    else seen.add(v);
  });
  return out;
}
