// Distinct strings numbered in order of first appearance: an open-addressing hash table, much cheaper than a Map for millions of keys.

import { hashString as hash } from '../model/string-hash';

export class StringIndex {
  /** The distinct strings, by number. */
  readonly strings: string[] = [];
  private hashes: Int32Array = new Int32Array(16);
  private slots: Int32Array = new Int32Array(32).fill(-1);

  /** The number of `s`, added when new. */
  add(s: string): number {
    const h = hash(s);
    const found = this.find(s, h);
    if (found >= 0) return this.slots[found];
    const id = this.strings.length;
    this.strings.push(s);
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = h;
    this.slots[~found] = id;
    if (2 * (id + 1) > this.slots.length) this.rehash();
    return id;
  }

  /** The number of `s`, or undefined when it was never added. */
  get(s: string): number | undefined {
    const found = this.find(s, hash(s));
    return found >= 0 ? this.slots[found] : undefined;
  }

  get size(): number {
    return this.strings.length;
  }

  /** The slot holding `s` (≥ 0), or the complement of the free slot where it would go. */
  private find(s: string, h: number): number {
    const { slots, hashes, strings } = this;
    const mask = slots.length - 1;
    let pos = h & mask;
    for (;;) {
      const id = slots[pos];
      if (id === -1) return ~pos;
      if (hashes[id] === h && strings[id] === s) return pos;
      pos = (pos + 1) & mask;
    }
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.strings.length; id++) {
      let pos = this.hashes[id] & mask;
      while (slots[pos] !== -1) pos = (pos + 1) & mask;
      slots[pos] = id;
    }
    this.slots = slots;
  }
}
