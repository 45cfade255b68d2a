// User-facing messages of the sample data, in French and English. Placeholders: {name}.

export const sampleMessages = {
  sample_title: { fr: 'Données d’exemple', en: 'Sample data' },
  sample_inserted: {
    fr: 'Données d’exemple insérées ({months} mois, {deals} affaires) dans les feuilles : {sheets}. Le mappage des colonnes est enregistré : générez maintenant un tableau de bord.',
    en: 'Sample data inserted ({months} months, {deals} deals) in sheets: {sheets}. The column mapping is saved: generate a dashboard now.',
  },
  sample_replaced_mapping: {
    fr: 'Le mappage précédent a été remplacé par celui des données d’exemple (vos feuilles ne sont pas modifiées).',
    en: 'The previous mapping was replaced by the sample’s (your sheets are unchanged).',
  },
  sample_busy: {
    fr: 'Une autre opération est en cours sur ce classeur. Réessayez dans un instant.',
    en: 'Another operation is running on this spreadsheet. Try again in a moment.',
  },
  export_bad_month: {
    fr: 'Mois « {month} » illisible : écrivez-le AAAA-MM, par exemple 2026-10.',
    en: 'Month "{month}" is not readable: write it YYYY-MM, for example 2026-10.',
  },
} as const;
