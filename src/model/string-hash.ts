// A fast 32-bit string hash (FNV-1a with MurmurHash3's final mix) for the open-addressing tables of the engine.

const { imul } = Math; // module constant: global lookups are slow in hot loops under some hosts

/** FNV-1a over the UTF-16 code units, then a final mix so the low bits (which pick the slot) depend on every bit. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
