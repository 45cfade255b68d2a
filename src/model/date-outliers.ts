// Finds the dates a column cannot support: far beyond today, or a few rows separated from the bulk by years.

import type { Day } from './days';

/** Dates up to this many days after today are plausible (a deal signed tonight in another zone, a planned invoice). */
export const FUTURE_MARGIN_DAYS = 31;
/** An empty stretch of more than this many days between the bulk of a column and its latest rows sets those rows apart. */
export const OUTLIER_GAP_DAYS = 730;
/** Rows beyond such a gap are outliers when they are at most this share of the column (or 2 rows), and fewer than the rest. */
export const OUTLIER_SHARE = 0.02;

const BIN_DAYS = 30;

/**
 * The last plausible day of `days` (NaN entries and rows where `skip` is set ignored): `today + FUTURE_MARGIN_DAYS` at
 * the latest when `today` is given, and before any tail of rows that an empty stretch of over OUTLIER_GAP_DAYS sets
 * apart from a much larger bulk (one `2042-03-10` typed among 2024 rows). Infinity when every day is plausible.
 * Two passes over the column at most (min/max, then a histogram only when the span exceeds the gap).
 */
export function lastPlausibleDay(days: Float64Array, skip: Uint8Array | null, today: Day | undefined): Day {
  const cap = today === undefined ? Number.POSITIVE_INFINITY : today + FUTURE_MARGIN_DAYS;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (!(d <= cap) || skip?.[i]) continue; // NaN fails the comparison
    n++;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  if (n === 0 || hi - lo <= OUTLIER_GAP_DAYS) return cap;
  const bins = new Int32Array(Math.floor((hi - lo) / BIN_DAYS) + 1);
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (!(d <= cap) || skip?.[i]) continue;
    bins[Math.floor((d - lo) / BIN_DAYS)]++;
  }
  const allowed = Math.max(2, Math.floor(n * OUTLIER_SHARE));
  const gapBins = Math.ceil(OUTLIER_GAP_DAYS / BIN_DAYS);
  let tail = 0;
  let cut = -1;
  let empty = 0;
  for (let b = bins.length - 1; b >= 0; b--) {
    if (bins[b] === 0) {
      empty++;
      continue;
    }
    if (tail > 0 && empty > gapBins) {
      if (tail > allowed || tail * 2 >= n) break;
      cut = b;
    }
    empty = 0;
    tail += bins[b];
  }
  // Every day of bin `cut` and below is kept: the bulk ends with that bin.
  return cut < 0 ? cap : Math.min(cap, lo + (cut + 1) * BIN_DAYS - 1);
}
