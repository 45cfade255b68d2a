// User-facing messages about reading the mapped sheets, in French and English. Placeholders: {name}.

export const dataMessages = {
  err_sheet_missing: {
    fr: '{entity} : la feuille « {sheet} » est introuvable (renommée ou supprimée ?). Ouvrez Extensions → Sales KPI → Associer les colonnes pour la choisir à nouveau.',
    en: '{entity}: sheet "{sheet}" was not found (renamed or deleted?). Open Extensions → Sales KPI → Map columns to choose it again.',
  },
  err_header_missing: {
    fr: '{entity} (feuille « {sheet} ») : la colonne « {header} » est introuvable en ligne {row}. Ouvrez Extensions → Sales KPI → Associer les colonnes pour la corriger.',
    en: '{entity} (sheet "{sheet}"): column "{header}" was not found in row {row}. Open Extensions → Sales KPI → Map columns to fix it.',
  },
  err_no_mapping: {
    fr: 'Aucune colonne associée pour l’instant. Ouvrez Extensions → Sales KPI → Associer les colonnes, ou Insérer des données d’exemple.',
    en: 'No columns are mapped yet. Open Extensions → Sales KPI → Map columns, or Insert sample data.',
  },
} as const;
