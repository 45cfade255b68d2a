// User-facing messages about reading the mapped sheets, in French and English. Placeholders: {name}.

export const dataMessages = {
  hint_map_columns: {
    fr: 'Corrigez-le dans Extensions → Sales KPI → Associer les colonnes.',
    en: 'Fix it in Extensions → Sales KPI → Map columns.',
  },
  err_no_mapping: {
    fr: 'Aucune colonne associée pour l’instant. Ouvrez Extensions → Sales KPI → Associer les colonnes, ou Insérer des données d’exemple.',
    en: 'No columns are mapped yet. Open Extensions → Sales KPI → Map columns, or Insert sample data.',
  },
} as const;
