// Buyers from the orders table: distinct customers of two windows and those in both, orders per customer.

import type { Table } from '../../model/table';
import { keyCodes } from '../keys';

/** Distinct customers ordering in `a`, in `b`, and in both. */
export function buyersOverlap(orders: Table, a: Int32Array, b: Int32Array): { a: number; b: number; both: number } {
  const kc = keyCodes(orders, 'customer');
  if (!kc) return { a: 0, b: 0, both: 0 };
  const mark = new Uint8Array(kc.labels.length);
  let na = 0;
  let nb = 0;
  let both = 0;
  for (let k = 0; k < a.length; k++) {
    const c = kc.codes[a[k]];
    if (c >= 0 && !(mark[c] & 1)) {
      mark[c] |= 1;
      na++;
    }
  }
  for (let k = 0; k < b.length; k++) {
    const c = kc.codes[b[k]];
    if (c >= 0 && !(mark[c] & 2)) {
      mark[c] |= 2;
      nb++;
      if (mark[c] & 1) both++;
    }
  }
  return { a: na, b: nb, both };
}

/** Customers with at least one and at least two orders among `rows`, and orders without a customer. */
export function repeatBuyers(orders: Table, rows: Int32Array): { buyers: number; repeat: number; noCustomer: number } {
  const kc = keyCodes(orders, 'customer');
  if (!kc) return { buyers: 0, repeat: 0, noCustomer: rows.length };
  const counts = new Uint8Array(kc.labels.length);
  let buyers = 0;
  let repeat = 0;
  let noCustomer = 0;
  for (let k = 0; k < rows.length; k++) {
    const c = kc.codes[rows[k]];
    if (c < 0) {
      noCustomer++;
      continue;
    }
    const n = counts[c];
    if (n === 0) buyers++;
    else if (n === 1) repeat++;
    if (n < 2) counts[c] = n + 1;
  }
  return { buyers, repeat, noCustomer };
}
