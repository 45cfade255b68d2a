// User-facing messages of the addon area, in French and English. Placeholders: {name}.

export const addonMessages = {
  menu_map_columns: { fr: 'Associer les colonnes', en: 'Map columns' },
  menu_generate_last: { fr: 'Générer le tableau de bord du mois dernier', en: 'Generate dashboard for last month' },
  menu_generate_month: { fr: 'Générer le tableau de bord d’un mois…', en: 'Generate dashboard for a month…' },
  menu_refresh_all: { fr: 'Actualiser tous les tableaux de bord', en: 'Refresh all dashboards' },
  menu_schedule: { fr: 'Planifier le tableau de bord mensuel (activer/désactiver)', en: 'Schedule the monthly dashboard (on/off)' },
  menu_sample: { fr: 'Insérer des données d’exemple', en: 'Insert sample data' },
  menu_help: { fr: 'Aide', en: 'Help' },
  addon_prompt_month_title: { fr: 'Générer un tableau de bord', en: 'Generate a dashboard' },
  addon_prompt_month: {
    fr: 'Quel mois ? Écrivez-le sous la forme AAAA-MM, par exemple {example}.',
    en: 'Which month? Type it as YYYY-MM, for example {example}.',
  },
  addon_bad_month: {
    fr: '« {text} » n’est pas un mois. Écrivez-le sous la forme AAAA-MM, par exemple {example}.',
    en: '“{text}” is not a month. Type it as YYYY-MM, for example {example}.',
  },
  addon_schedule_on: {
    fr: 'Planification activée : le tableau de bord du mois écoulé sera généré le 1er de chaque mois vers 6 h.',
    en: 'Schedule on: last month’s dashboard will be generated on the 1st of each month around 6 a.m.',
  },
  addon_schedule_off: { fr: 'Planification désactivée.', en: 'Schedule off.' },
  addon_error_title: { fr: 'Sales KPI', en: 'Sales KPI' },
  addon_help_title: { fr: 'Aide Sales KPI', en: 'Sales KPI help' },
  addon_help: {
    fr:
      '1. Associer les colonnes : indiquez quelles feuilles et colonnes contiennent vos leads, affaires, clients, commandes…\n' +
      '2. Générer le tableau de bord : un onglet « KPI mois année » avec les indicateurs du mois, leur évolution, les objectifs, ' +
      'une tendance sur 12 mois avec graphiques, l’entonnoir, les motifs de perte, les résultats par commercial et par source, ' +
      'et la qualité des données.\n' +
      '3. Les fonctions personnalisées (=WIN_RATE, =CAC, =CHURN, =KPI…) calculent un indicateur dans une cellule.\n' +
      'L’onglet généré ne contient que des valeurs : vos collègues le voient sans le module. Régénérer un mois remplace ' +
      'uniquement l’onglet créé par le module ; un onglet renommé ou créé par vous n’est jamais modifié.',
    en:
      '1. Map columns: tell Sales KPI which sheets and columns hold your leads, deals, customers, orders…\n' +
      '2. Generate the dashboard: a “KPI YYYY-MM” tab with the month’s KPIs, their change, targets, a 12-month trend with ' +
      'charts, the funnel, lost-deal reasons, results per rep and per source, and data quality.\n' +
      '3. Custom functions (=WIN_RATE, =CAC, =CHURN, =KPI…) compute one KPI in a cell.\n' +
      'The generated tab holds values only: teammates see it without the add-on. Regenerating a month replaces only the ' +
      'tab the add-on made; a tab you made or renamed is never changed.',
  },
  addon_internal_error: {
    fr: 'Erreur inattendue : {detail}',
    en: 'Unexpected error: {detail}',
  },
} as const;
