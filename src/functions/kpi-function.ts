// One catalog KPI called from a cell: arithmetic form on numbers, table form on whole ranges.

import { t, UserError } from '../i18n';
import { computeKpi } from '../kpi/compute';
import { breakdownKeyText, skippedText, whyText } from '../kpi/explain';
import { defaultMonth } from '../kpi/monthly';
import { fieldsRead } from '../kpi/needs';
import type { KpiDef, KpiInput, KpiResult, Period } from '../kpi/types';
import { entityDef, fieldDef } from '../model/entities';
import { describeIssue } from '../model/describe-issue';
import { isLookupField } from '../model/lookup';
import { monthPeriod } from '../model/period';
import { joinRelated, resolveRelated, splitRelated } from './related-args';
import { consideredText } from '../model/detect-explain';
import { type FoundTable, type FunctionContext, identifyTableArgs, parseTableArgs, periodAndSegment, splitTableArgs } from './table-args';

export type CellValue = number | string | boolean;
export type CellOutput = CellValue | CellValue[][];

/** Throws when a column the KPI reads has unreadable cells: a value computed without them would mislead. */
function assertNoBlockingIssue(def: KpiDef, input: KpiInput, ctx: FunctionContext): void {
  for (const alternative of def.needs) {
    for (const need of alternative) {
      const table = input.tables[need.entity];
      const issue = table?.issues.find((i) => i.blocking && need.fields.includes(i.field));
      if (issue) throw new UserError('err_blocking_issue', { fn: def.fn, issue: describeIssue(issue, ctx.lang) });
    }
  }
}

/** What to pass or map, from the table and columns the engine found missing (the closest alternative of `needs`). */
function missingMessage(def: KpiDef, result: KpiResult, lang: FunctionContext['lang'], found: readonly FoundTable[]): UserError {
  const missing = result.missing ?? def.needs[0]?.[0];
  const entity = missing ? entityDef(missing.entity) : undefined;
  if (!missing || !entity || result.why === 'missing_table') {
    return new UserError('err_missing_table', { fn: def.fn, entities: entity?.label[lang] ?? '' });
  }
  const labels = missing.fields.map((f) => fieldDef(missing.entity, f)?.label[lang] ?? f);
  const considered = consideredText(lang, found.find((f) => f.entity === missing.entity)?.considered, missing.fields);
  const fields = considered ? `${labels.join(', ')} (${considered})` : labels.join(', ');
  return new UserError('err_missing_field', { fn: def.fn, entity: entity.label[lang], fields });
}

/** Turns a result into what the cell shows, or the error explaining why there is no value. */
export function resultToCell(
  def: KpiDef,
  result: KpiResult,
  period: Period,
  ctx: FunctionContext,
  breakdown = false,
  found: readonly FoundTable[] = [],
): CellOutput {
  if ((def.spills || breakdown) && result.breakdown && result.breakdown.length > 0) {
    const header: CellValue[] = [t(ctx.lang, 'header_key'), def.label[ctx.lang], t(ctx.lang, 'header_count'), t(ctx.lang, 'header_share')];
    return [header, ...result.breakdown.map((r) => [breakdownKeyText(ctx.lang, def, r.key), r.value ?? '', r.count, r.share ?? ''])];
  }
  if (breakdown && result.value !== null) throw new UserError('err_no_breakdown', { fn: def.fn, period: period.key });
  if (result.value !== null && Number.isFinite(result.value)) return result.value;
  const why = result.why ?? 'no_rows';
  if (why === 'missing_table' || why === 'missing_field') throw missingMessage(def, result, ctx.lang, found);
  const explanation = [whyText(ctx.lang, def, result), skippedText(ctx.lang, result)].filter((x) => x !== '').join(' ');
  throw new UserError('err_no_value', { fn: def.fn, period: period.key, explanation });
}

/** The table form; with `breakdown`, the KPI's breakdown spills instead of its value (KPI_BREAKDOWN). */
export function runTableForm(def: KpiDef, args: readonly unknown[], ctx: FunctionContext, breakdown = false): CellOutput {
  const split = splitTableArgs(args);
  const { period: given, segment } = periodAndSegment(def.fn, split.rest, ctx.settings);
  // A segment on a related table's column (`accounts.sector`) may come with that table as the last table argument.
  const { tables, related } = splitRelated(split.tables, segment?.field);
  const wanted = [...new Set(def.needs.flat().map((n) => n.entity))];
  const found = identifyTableArgs(def.fn, tables, ctx, wanted);
  const link = segment && isLookupField(segment.field) ? resolveRelated(def.fn, segment.field, found, related, ctx) : null;
  // With a period given, only the columns the KPI reads are parsed; without, every date column tells the last month.
  const only = given ? fieldsRead(def, segment?.field) : undefined;
  if (only && link) only.add(link.lookup.field);
  const parsed = parseTableArgs(found, ctx, only);
  const input = segment && link ? joinRelated(def.fn, def, parsed, link.lookup, link.values, segment.field, ctx) : parsed;
  let period = given;
  if (!period) {
    period = monthPeriod(defaultMonth(input) ?? 0);
  }
  assertNoBlockingIssue(def, input, ctx);
  const result = computeKpi(def.id, input, period, segment);
  return resultToCell(def, result, period, ctx, breakdown, found);
}
