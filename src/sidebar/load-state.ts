// Builds what the page shows on opening: sheets, entities, the draft (saved or suggested) and saved-mapping problems.

import { MESSAGES } from '../i18n';
import { sidebarMessages } from '../i18n/messages/sidebar';
import { checkConfig, type SavedConfig } from '../model/config';
import { ENTITY_IDS, type EntityId } from '../model/entities';
import type { Lang, Settings } from '../model/settings';
import { fieldDef, entityDef } from '../model/entities';
import type { Lookup } from '../model/lookup';
import { detectLookups } from '../model/lookup-detect';
import { suggestConfig } from '../model/suggest-config';
import { t } from '../i18n';
import { rowsAsText } from './cell-text';
import { configToDraft } from './draft-schema';
import { entityViews } from './entity-views';
import type { SheetSample } from './preview';
import { problemViews } from './problem-views';
import { HEADER_SCAN_ROWS, type LoadResult, type ProblemView, type SidebarKey, type SidebarTexts } from './protocol';

/** Every sidebar text in one language, for the page (one bundle serves both languages). */
export function sidebarTexts(lang: Lang): SidebarTexts {
  const out = {} as Record<SidebarKey, string>;
  for (const key of Object.keys(sidebarMessages) as SidebarKey[]) out[key] = MESSAGES[key][lang];
  return out;
}

/** Header cells of each sheet at each entity's header row, as `checkConfig` wants them. */
function headersFor(config: SavedConfig, samples: readonly SheetSample[]) {
  const rows = new Map<string, number>();
  for (const id of ENTITY_IDS) {
    const m = config.entities[id];
    if (m) rows.set(m.sheet, m.headerRow);
  }
  return samples.map((s) => ({ name: s.name, headers: s.values[(rows.get(s.name) ?? 1) - 1] ?? [] }));
}

/** One sentence per lookup, in the user's language. */
function lookupLines(lookups: readonly Lookup[], lang: Lang): string[] {
  return lookups.map((l) =>
    t(lang, 'lookup_line', {
      entity: entityDef(l.entity).label[lang],
      field: fieldDef(l.entity, l.field)?.label[lang] ?? l.field,
      sheet: l.sheet,
      key: l.key,
      columns: l.columns.join(', '),
    }),
  );
}

export interface SavedState {
  readonly config: SavedConfig | null;
  readonly notice?: string;
}

/** The opening state: the saved mapping if there is one (with what no longer fits), else suggestions from headers. */
export function buildLoadState(samples: readonly SheetSample[], saved: SavedState, settings: Settings, lang: Lang): LoadResult {
  const sheets = samples.map((s) => ({ name: s.name, rows: rowsAsText(s.values, HEADER_SCAN_ROWS, settings.timeZone), lastRow: s.lastRow }));
  const base = {
    lang,
    texts: sidebarTexts(lang),
    locale: settings.locale,
    timeZone: settings.timeZone,
    sheets,
    entities: entityViews(lang),
    ...(saved.notice ? { notice: saved.notice } : {}),
  };
  if (saved.config) {
    const problems = problemViews(checkConfig(saved.config, headersFor(saved.config, samples)), lang);
    // A mapping saved before related tables existed (no `lookups`) gets them proposed from the sheets.
    const detected = saved.config.lookups ? [] : detectLookups(samples, saved.config);
    const config = detected.length > 0 ? { ...saved.config, lookups: detected } : saved.config;
    return { ...base, draft: configToDraft(config), suggested: {}, problems, saved: true, lookups: lookupLines(config.lookups ?? [], lang) };
  }
  const { config, confidence, notes } = suggestConfig(
    samples.map((s) => ({ name: s.name, values: s.values })),
    settings,
  );
  const suggested: Partial<Record<EntityId, string[]>> = {};
  for (const id of ENTITY_IDS) {
    const m = config.entities[id];
    if (m) suggested[id] = Object.keys(m.fields);
  }
  const notices = [base.notice, ...notes.map((n) => t(lang, 'detect_no_header', { sheet: n.sheet }))].filter((x) => x);
  const notice = notices.length > 0 ? { notice: notices.join(' ') } : {};
  return { ...base, ...notice, draft: configToDraft(config), suggested, confidence, problems: [], saved: false, lookups: lookupLines(config.lookups ?? [], lang) };
}


/** What still does not fit right after a save (a header typed that the sheet does not have, ...). */
export function problemsAfterSave(config: SavedConfig, samples: readonly SheetSample[], lang: Lang): ProblemView[] {
  return problemViews(checkConfig(config, headersFor(config, samples)), lang);
}
