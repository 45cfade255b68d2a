// Collects row-level issues per (field, kind): the first sheet rows concerned and the total count.

import type { EntityId } from './entities';
import type { FieldIssue, IssueKind } from './table';

/** How many example rows an issue keeps. */
export const ISSUE_ROWS = 10;

interface Entry {
  field: string;
  kind: IssueKind;
  rows: number[];
  count: number;
  blocking: boolean;
  detail?: string;
}

export class IssueCollector {
  private readonly entries = new Map<string, Entry>();

  /** Records `row` (1-based sheet row) under (field, kind); keeps the smallest ISSUE_ROWS rows whatever the order. */
  add(field: string, kind: IssueKind, row: number, blocking: boolean, detail?: string): void {
    const key = field + '\u0000' + kind;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { field, kind, rows: [], count: 0, blocking, detail };
      this.entries.set(key, entry);
    }
    entry.count++;
    const rows = entry.rows;
    if (rows.length < ISSUE_ROWS || row < rows[rows.length - 1]) {
      let at = rows.length;
      while (at > 0 && rows[at - 1] > row) at--;
      rows.splice(at, 0, row);
      if (rows.length > ISSUE_ROWS) rows.pop();
    }
  }

  /** Sets the detail of (field, kind) once every row is seen (the placeholders read as blank, say). */
  setDetail(field: string, kind: IssueKind, detail: string): void {
    const entry = this.entries.get(field + '\u0000' + kind);
    if (entry) entry.detail = detail;
  }

  list(entity: EntityId, sheet: string, headers: Readonly<Record<string, string>>): FieldIssue[] {
    const out: FieldIssue[] = [];
    for (const e of this.entries.values()) {
      out.push({
        entity,
        sheet,
        field: e.field,
        header: headers[e.field] ?? e.field,
        kind: e.kind,
        rows: e.rows,
        count: e.count,
        blocking: e.blocking,
        ...(e.detail === undefined ? {} : { detail: e.detail }),
      });
    }
    return out;
  }
}
