// User-facing messages of the model area, in French and English. Placeholders: {name}.

export const modelMessages = {
  // Saved configuration (header matching and config area).
  config_corrupt_reset: {
    fr: 'La configuration enregistrée était illisible et a été réinitialisée : refaites l’association des colonnes dans la barre latérale.',
    en: 'The saved configuration could not be read and was reset: map the columns again in the sidebar.',
  },
  config_invalid_reset: {
    fr: 'La configuration enregistrée n’a pas la forme attendue et a été réinitialisée : refaites l’association des colonnes dans la barre latérale.',
    en: 'The saved configuration did not have the expected shape and was reset: map the columns again in the sidebar.',
  },
  config_migrated: {
    fr: 'La configuration d’une version précédente a été convertie. Vérifiez-la dans la barre latérale puis enregistrez-la.',
    en: 'The configuration from an earlier version was converted. Check it in the sidebar, then save it.',
  },
  err_config_too_large: {
    fr: 'La configuration est trop volumineuse pour être enregistrée ({size} octets, limite {limit}). Retirez des associations inutiles ou raccourcissez les libellés d’étapes.',
    en: 'The configuration is too large to save ({size} bytes, limit {limit}). Remove unused mappings or shorten the stage labels.',
  },
  err_config_invalid: {
    fr: 'La configuration ne peut pas être enregistrée : la valeur « {path} » est incorrecte.',
    en: 'The configuration cannot be saved: the value “{path}” is not valid.',
  },
  config_sheet_missing: {
    fr: '{entity} : l’onglet « {sheet} » n’existe plus. Choisissez l’onglet qui contient ces données.',
    en: '{entity}: the sheet “{sheet}” no longer exists. Choose the sheet that holds this data.',
  },
  config_sheet_missing_suggest: {
    fr: '{entity} : l’onglet « {sheet} » n’existe plus. Utiliser plutôt l’onglet « {suggestion} » ?',
    en: '{entity}: the sheet “{sheet}” no longer exists. Use the sheet “{suggestion}” instead?',
  },
  config_header_missing: {
    fr: '{entity}, {field} : la colonne « {missing} » est introuvable dans l’onglet « {sheet} ». Choisissez la bonne colonne.',
    en: '{entity}, {field}: the column “{missing}” is no longer in the sheet “{sheet}”. Choose the right column.',
  },
  config_header_missing_suggest: {
    fr: '{entity}, {field} : la colonne « {missing} » est introuvable dans l’onglet « {sheet} ». Utiliser plutôt « {suggestion} » ?',
    en: '{entity}, {field}: the column “{missing}” is no longer in the sheet “{sheet}”. Use “{suggestion}” instead?',
  },
  config_header_duplicate: {
    fr: '{entity}, {field} : la colonne « {missing} » apparaît plusieurs fois dans l’onglet « {sheet} » ; seule la première est lue. Renommez les autres.',
    en: '{entity}, {field}: the column “{missing}” appears more than once in the sheet “{sheet}”; only the first is read. Rename the others.',
  },
} as const;
