// Entry point of the BigQuery edition: "Connect a BigQuery table…" asks for the project and tables, detects the
// mapping on their first rows and inserts a Connected Sheets tab where BigQuery computes the KPIs per month.

import { reportErrors } from '../addon/ui';
import { requireScopes, SCOPES } from '../gas/authorization';
import { loadConfig } from '../gas/config-store';
import { insertKpiSheet, previewTable, tableName, writeParameters } from '../gas/connected-sheets';
import { lastMonth } from '../gas/dashboard-generate';
import { spreadsheetSettings, userLang } from '../gas/spreadsheet-context';
import { promptText, showAlert } from '../gas/ui';
import { type MessageKey, t } from '../i18n';
import { monthKey } from '../model/days';
import type { EntityId } from '../model/entities';
import type { Lang } from '../model/settings';
import { bigQueryPlan, type TablePreview } from './plan';
import { parseProjectId, parseTablesInput } from './tables-input';

const PARAM_LABELS: Readonly<Record<string, MessageKey>> = {
  from: 'bq_param_from',
  to: 'bq_param_to',
  won_labels: 'bq_param_won',
  lost_labels: 'bq_param_lost',
  time_zone: 'bq_param_zone',
  table_name: 'bq_param_table',
};

function safeLang(): Lang {
  try {
    return userLang();
  } catch {
    return 'en';
  }
}

/** Rows of the parameters sheet: name, label in `lang`, value. */
function parameterRows(lang: Lang, params: readonly (readonly [string, string])[]): [string, string, string][] {
  return params.map(([name, value]) => [name, t(lang, PARAM_LABELS[name] ?? 'bq_title'), value]);
}

/** Menu action of the BigQuery edition (a menu run: it can show Google's consent screen). */
export function connectBigQueryTable(): void {
  // Granular consent: the one place BigQuery is used asks for its scope when the user left it unticked.
  requireScopes([SCOPES.bigQuery]);
  reportErrors(safeLang, () => {
    const lang = userLang();
    const title = t(lang, 'bq_title');
    const projectText = promptText(title, t(lang, 'bq_prompt_project'));
    if (projectText === null) return;
    const project = parseProjectId(projectText);
    const tablesText = promptText(title, t(lang, 'bq_prompt_tables'));
    if (tablesText === null) return;
    const tables = parseTablesInput(tablesText, project);
    const settings = spreadsheetSettings(loadConfig().config?.settings);
    const paramsSheet = t(lang, 'bq_params_sheet');
    const month = monthKey(lastMonth(settings.timeZone) + 1);
    // Each preview reads its table's name from a cell of the parameters sheet (the only parameter it needs).
    const previews: Partial<Record<EntityId, TablePreview>> = {};
    for (const [entity, path] of Object.entries(tables) as [EntityId, string][]) {
      const refs = writeParameters(paramsSheet, parameterRows(lang, [['table_name', tableName(path)]]));
      previews[entity] = previewTable(project, path, refs.table_name);
    }
    const plan = bigQueryPlan(previews, settings, month);
    const refs = writeParameters(paramsSheet, parameterRows(lang, plan.params));
    const sheet = insertKpiSheet(project, plan.sql, refs, t(lang, 'bq_kpi_sheet'));
    showAlert(title, t(lang, 'bq_done', { sheet, count: plan.kpis.length, kpis: plan.kpis.join(', '), params: paramsSheet }));
  });
}

