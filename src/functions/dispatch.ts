// Routes a custom-function call to its form and renders any error in the user's language, as #ERROR! shows it.

import { t, UserError } from '../i18n';
import { KPI_CATALOG, kpiByFn, kpiById } from '../kpi/catalog';
import { looksLikeTable } from '../model/identify-table';
import { trimTrailingBlanks } from './arguments';
import { runArithmetic } from './arithmetic';
import { type CellOutput, runTableForm } from './kpi-function';
import { runKpiTable } from './kpi-table-function';
import type { FunctionContext } from './table-args';

function run(name: string, args: unknown[], ctx: FunctionContext): CellOutput {
  if (name === 'KPI_TABLE') return runKpiTable(trimTrailingBlanks(args), ctx);
  const byId = name === 'KPI' || name === 'KPI_BREAKDOWN';
  let def = byId ? undefined : kpiByFn(name);
  if (byId) {
    const id = String(args.shift() ?? '').trim().toLowerCase();
    def = kpiById(id) ?? KPI_CATALOG.find((d) => d.fn.toLowerCase() === id);
    if (!def) throw new UserError('err_unknown_kpi', { id, known: KPI_CATALOG.map((d) => d.id).join(', ') });
  }
  if (!def) throw new Error(`unknown function ${name}`);
  if (name === 'KPI_BREAKDOWN') return runTableForm(def, trimTrailingBlanks(args), ctx, true);
  if (args.length > 0 && looksLikeTable(args[0])) return runTableForm(def, trimTrailingBlanks(args), ctx);
  if (!def.arithmetic && args.length > 0) return runTableForm(def, trimTrailingBlanks(args), ctx);
  return runArithmetic(def, args, ctx.lang);
}

/** Runs custom function `name` on the arguments Sheets passed; errors become plain `Error`s with a translated message. */
export function runCustomFunction(name: string, rawArgs: ArrayLike<unknown>, ctx: FunctionContext): CellOutput {
  const args: unknown[] = Array.prototype.slice.call(rawArgs);
  try {
    return run(name, args, ctx);
  } catch (error) {
    if (error instanceof UserError) throw new Error(error.render(ctx.lang));
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(t(ctx.lang, 'err_internal', { fn: name, detail }));
  }
}
