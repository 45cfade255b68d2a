// KPI_TABLE(): one formula that spills a live monthly table of every KPI the given tables allow.

import { t } from '../i18n';
import { computableKpis } from '../kpi/requirements';
import { monthlyTable, monthsCovered } from '../kpi/monthly';
import { monthKey } from '../model/days';
import { parsePeriod } from '../model/period';
import { monthOfDay } from '../model/days';
import { isBlank } from './arguments';
import type { CellValue } from './kpi-function';
import { type FunctionContext, splitTableArgs, tablesFromArgs } from './table-args';

export function runKpiTable(args: readonly unknown[], ctx: FunctionContext): CellValue[][] {
  const { tables, rest } = splitTableArgs(args);
  const input = tablesFromArgs('KPI_TABLE', tables, ctx);
  let months = monthsCovered(input);
  if (rest.length > 0 && !isBlank(rest[0])) {
    const from = monthOfDay(parsePeriod(rest[0], ctx.settings).start);
    months = months.filter((m) => m >= from);
  }
  if (rest.length > 1 && !isBlank(rest[1])) {
    const to = monthOfDay(parsePeriod(rest[1], ctx.settings).start);
    months = months.filter((m) => m <= to);
  }
  const defs = computableKpis(input.tables).filter((d) => !d.spills);
  const rows = monthlyTable(input, months, defs.map((d) => d.id));
  const header: CellValue[] = [t(ctx.lang, 'header_month'), ...defs.map((d) => d.label[ctx.lang])];
  return [
    header,
    ...rows.map((row) => [monthKey(row.month), ...defs.map((d) => row.results[d.id]?.value ?? '')] as CellValue[]),
  ];
}
