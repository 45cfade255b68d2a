// User-facing messages about related tables (lookups), in French and English. Placeholders: {name}.

export const lookupsMessages = {
  lookup_unmatched: {
    fr: '{entity} (feuille « {sheet} »), colonne « {column} » : {count} ligne(s) ont une valeur absente de la colonne « {key} » de « {related} » ({examples}) — lignes {rows}. Elles ne comptent dans aucun segment de « {related} » ; corrigez l’orthographe dans l’une des deux feuilles.',
    en: '{entity} (sheet "{sheet}"), column "{column}": {count} row(s) hold a value missing from column "{key}" of "{related}" ({examples}) — rows {rows}. They count in no "{related}" segment; fix the spelling in one of the two sheets.',
  },
  lookup_repeated_keys: {
    fr: 'Feuille « {related} », colonne « {key} » : valeurs en double ({examples}) ; la première ligne de chacune est utilisée.',
    en: 'Sheet "{related}", column "{key}": repeated values ({examples}); the first row of each is used.',
  },
  lookup_sheet_missing: {
    fr: 'La table liée « {related} » (pour {entity} → {field}) est introuvable : feuille renommée ou supprimée ?',
    en: 'The related table "{related}" (for {entity} → {field}) is not found: was the sheet renamed or deleted?',
  },
  lookup_header_missing: {
    fr: 'Table liée « {related} » : colonne(s) introuvable(s) sur la ligne {row} : {headers}.',
    en: 'Related table "{related}": column(s) not found on row {row}: {headers}.',
  },
  lookup_field_missing: {
    fr: '{entity} (feuille « {sheet} ») n’a pas de colonne « {field} » associée : la table liée « {related} » ne peut pas s’y rattacher.',
    en: '{entity} (sheet "{sheet}") has no "{field}" column mapped: the related table "{related}" cannot be linked to it.',
  },
  err_lookup_segment_unknown: {
    fr: '{fn} : aucune table liée ne donne « {field} ». Passez la table liée après les tables (ex. Comptes!A:G) ou associez-la dans Extensions → Sales KPI → Associer les colonnes. Champs liés disponibles : {known}.',
    en: '{fn}: no related table gives "{field}". Pass the related table after the tables (e.g. Accounts!A:G) or link it in Extensions → Sales KPI → Map columns. Related fields available: {known}.',
  },
  err_lookup_problem: {
    fr: '{fn} : {detail}',
    en: '{fn}: {detail}',
  },
  err_lookup_segment_partial: {
    fr: '{fn} : le segment « {field} » ne s’applique pas à {entities} (aucune table liée ne s’y rattache) ; le résultat mélangerait lignes filtrées et non filtrées.',
    en: '{fn}: the segment "{field}" does not apply to {entities} (no related table is linked to it); the result would mix filtered and unfiltered rows.',
  },
  lookup_line: {
    fr: '{entity} · {field} → {sheet} (clé « {key} ») : {columns}',
    en: '{entity} · {field} → {sheet} (key "{key}"): {columns}',
  },
  dash_section_related: { fr: 'Par {column} ({table})', en: 'By {column} ({table})' },
} as const;
