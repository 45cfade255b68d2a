// The biggest movers of a month: the tiles whose value moved most against the previous month, up and down.

import type { DashboardModel, Tile } from '../dashboard/model-types';

export interface Mover {
  readonly tile: Tile;
  /** Relative move against the previous month (0.25 = a quarter more), whatever the unit. */
  readonly move: number;
}

/** Tiles compared on their relative move (a rate going from 20 % to 25 % moved +25 %); a base of 0 or less is left out. */
function moves(model: DashboardModel): Mover[] {
  const seen = new Set<string>();
  const out: Mover[] = [];
  for (const tile of [...model.headline.tiles, ...model.sections.flatMap((s) => s.tiles)]) {
    if (seen.has(tile.id)) continue;
    seen.add(tile.id);
    const { value, base } = tile.comparisons.previous;
    if (value.value === null || base.value === null || base.value <= 0) continue;
    const move = (value.value - base.value) / base.value;
    if (Number.isFinite(move) && move !== 0) out.push({ tile, move });
  }
  return out;
}

/** The `n` biggest rises and the `n` biggest falls (by how much the value moved, not by whether it is good news). */
export function biggestMovers(model: DashboardModel, n = 3): { up: Mover[]; down: Mover[] } {
  const all = moves(model);
  return {
    up: all.filter((m) => m.move > 0).sort((a, b) => b.move - a.move).slice(0, n),
    down: all.filter((m) => m.move < 0).sort((a, b) => a.move - b.move).slice(0, n),
  };
}
