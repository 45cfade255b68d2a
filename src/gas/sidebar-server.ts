// The sidebar's server calls: load (sheets, saved or suggested mapping), preview of a draft, save of a draft.

import { t, UserError } from '../i18n';
import type { EntityId } from '../model/entities';
import type { Lang } from '../model/settings';
import { draftToConfig, parseDraft } from '../sidebar/draft-schema';
import { buildLoadState, problemsAfterSave } from '../sidebar/load-state';
import { buildPreview } from '../sidebar/preview';
import type { Draft, LoadResult, PreviewResult, SaveResult } from '../sidebar/protocol';
import { loadConfig, saveConfig } from './config-store';
import { readSheetSamples } from './sidebar-sheets';
import { spreadsheetSettings, userLang } from './spreadsheet-context';

/** Runs a server call; any error reaches the page as one readable sentence in the user's language. */
function guarded<T>(lang: () => Lang, body: () => T): T {
  try {
    return body();
  } catch (error) {
    let l: Lang = 'en';
    try {
      l = lang();
    } catch {
      // the spreadsheet could not be read: keep English
    }
    if (error instanceof UserError) throw new Error(error.render(l));
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(t(l, 'sb_unexpected', { message }));
  }
}

function sheetsOf(draft: Draft): Set<string> {
  const names = new Set<string>();
  for (const e of Object.values(draft.entities)) if (e) names.add(e.sheet);
  return names;
}

export function sidebarLoad(): LoadResult {
  return guarded(userLang, () => {
    const saved = loadConfig();
    const settings = spreadsheetSettings(saved.config?.settings);
    const lang = userLang();
    const notice = saved.notice ? t(lang, saved.notice) : undefined;
    return buildLoadState(readSheetSamples(), { config: saved.config, notice }, settings, lang);
  });
}

export function sidebarPreview(input: unknown, only?: unknown): PreviewResult {
  return guarded(userLang, () => {
    const draft = parseDraft(input);
    const entity = typeof only === 'string' && only in draft.entities ? (only as EntityId) : null;
    const wanted = entity ? new Set([draft.entities[entity]!.sheet]) : sheetsOf(draft);
    return buildPreview(draft, readSheetSamples(wanted), spreadsheetSettings(), userLang(), entity);
  });
}

export function sidebarSave(input: unknown): SaveResult {
  return guarded(userLang, () => {
    const lang = userLang();
    const draft = parseDraft(input);
    const config = { ...draftToConfig(draft, spreadsheetSettings()), savedAt: new Date().toISOString() };
    saveConfig(config);
    const problems = problemsAfterSave(config, readSheetSamples(sheetsOf(draft)), lang);
    return { message: t(lang, 'sb_saved'), problems };
  });
}
