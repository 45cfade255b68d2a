// User-facing messages about deal stages (won/lost/open labels, outcome flags) and missing fields, in French and English.

export const stagesMessages = {
  err_stage_label_conflict: {
    fr: 'L’étape « {label} » est déclarée à la fois gagnée et perdue (ou en cours) dans les réglages : gardez-la dans une seule liste.',
    en: 'The stage “{label}” is set as both won and lost (or open) in the settings: keep it in one list only.',
  },
  issue_unknown_stage_one: {
    fr: '{count} étape non reconnue ({labels}) : ni gagnée, ni perdue, ni en cours, laissée hors des calculs. Indiquez ce qu’elle signifie dans la barre latérale (Associer les colonnes → Étapes)',
    en: '{count} unrecognised stage ({labels}): neither won, lost nor open, left out. Tell what it means in the sidebar (Map columns → Stages)',
  },
  issue_unknown_stage_other: {
    fr: '{count} étapes non reconnues ({labels}) : ni gagnées, ni perdues, ni en cours, laissées hors des calculs. Indiquez ce qu’elles signifient dans la barre latérale (Associer les colonnes → Étapes)',
    en: '{count} unrecognised stages ({labels}): neither won, lost nor open, left out. Tell what they mean in the sidebar (Map columns → Stages)',
  },
  issue_stage_flag_conflict_one: {
    fr: '{count} étape contredite par les colonnes gagné/clôturé ({labels}) ; l’étape est retenue',
    en: '{count} stage contradicted by the won/closed columns ({labels}); the stage is kept',
  },
  issue_stage_flag_conflict_other: {
    fr: '{count} étapes contredites par les colonnes gagné/clôturé ({labels}) ; l’étape est retenue',
    en: '{count} stages contradicted by the won/closed columns ({labels}); the stage is kept',
  },
  missing_field_line_one: {
    fr: '{entity} (onglet « {sheet} ») : le champ {fields} n’est associé à aucune colonne ; il est nécessaire pour {kpis}.{closest}',
    en: '{entity} (sheet “{sheet}”): the field {fields} is not mapped to a column — needed for {kpis}.{closest}',
  },
  missing_field_line_other: {
    fr: '{entity} (onglet « {sheet} ») : les champs {fields} ne sont associés à aucune colonne ; ils sont nécessaires pour {kpis}.{closest}',
    en: '{entity} (sheet “{sheet}”): the fields {fields} are not mapped to columns — needed for {kpis}.{closest}',
  },
  missing_closest: { fr: ' Colonnes les plus proches : {headers}.', en: ' Closest columns: {headers}.' },
  missing_tables_line: {
    fr: 'Tableaux non associés (barre latérale → Associer les colonnes) et indicateurs qu’ils permettraient : {tables}.',
    en: 'Tables not mapped (sidebar → Map columns) and the KPIs they would give: {tables}.',
  },
} as const;
