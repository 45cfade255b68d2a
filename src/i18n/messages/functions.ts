// User-facing messages of the custom functions, in French and English. Placeholders: {name}.

export const functionsMessages = {
  err_internal: {
    fr: '{fn} : erreur inattendue ({detail}). Réessayez ; si elle persiste, signalez-la.',
    en: '{fn}: unexpected error ({detail}). Try again; if it persists, report it.',
  },
  err_args_count: {
    fr: '{fn} attend {expected} nombres ou plages ({params}), {got} donné(s). Ou bien passez des tableaux avec leur ligne d’en-tête puis une période.',
    en: '{fn} expects {expected} numbers or ranges ({params}), got {got}. Or pass whole tables with their header row, then a period.',
  },
  err_not_a_number: {
    fr: '{fn} : l’argument {index} ({param}) doit être un nombre ou une plage de nombres ; « {value} » n’en est pas un.',
    en: '{fn}: argument {index} ({param}) must be a number or a range of numbers; "{value}" is not.',
  },
  err_arith_no_value: {
    fr: '{fn} : pas de valeur, {params} = 0 (division par zéro).',
    en: '{fn}: no value, {params} = 0 (division by zero).',
  },
  err_arg_blank: {
    fr: '{fn} : l’argument {index} ({param}) est vide ; il faut un nombre (une plage vide ne vaut pas 0).',
    en: '{fn}: argument {index} ({param}) is blank; a number is needed (an empty range is not 0).',
  },
  err_arg_negative: {
    fr: '{fn} : l’argument {index} ({param}) vaut {value} ; il ne peut pas être négatif.',
    en: '{fn}: argument {index} ({param}) is {value}; it cannot be negative.',
  },
  err_arg_rate_above_one: {
    fr: '{fn} : l’argument {index} ({param}) vaut {value}, un taux au-dessus de 100 %. Pour {value} %, tapez {value}% ou {percent}.',
    en: '{fn}: argument {index} ({param}) is {value}, a rate above 100%. For {value}%, type {value}% or {percent}.',
  },
  err_args_above_whole: {
    fr: '{fn} : {params} ({value}) ne peut pas dépasser {whole} ({total}) ; un de ces arguments est faux.',
    en: '{fn}: {params} ({value}) cannot exceed {whole} ({total}); one of these arguments is wrong.',
  },
  err_arg_above_whole: {
    fr: '{fn} : {param} ({value}) ne peut pas dépasser {whole} ({total}), dont il fait partie.',
    en: '{fn}: {param} ({value}) cannot exceed {whole} ({total}), which it is part of.',
  },
  err_bad_interval: {
    fr: '{fn} : l’argument {index} ({param}) doit être une périodicité (month, quarter, year, week, day, ou mois, trimestre, an, semaine, jour) ; « {value} » n’en est pas une.',
    en: '{fn}: argument {index} ({param}) must be a billing interval (month, quarter, year, week, day); "{value}" is not.',
  },
  err_unknown_kpi: {
    fr: 'KPI : indicateur « {id} » inconnu. Indicateurs disponibles : {known}.',
    en: 'KPI: unknown indicator "{id}". Available indicators: {known}.',
  },
  err_table_unrecognised: {
    fr: '{fn} : l’argument {index} ne ressemble à aucun tableau connu (en-têtes : {headers}). Associez ses colonnes (Extensions → Sales KPI → Associer les colonnes) ou incluez la ligne d’en-tête dans la plage.',
    en: '{fn}: argument {index} does not look like any known table (headers: {headers}). Map its columns (Extensions → Sales KPI → Map columns) or include the header row in the range.',
  },
  err_missing_table: {
    fr: '{fn} a besoin du tableau {entities} (plage entière avec sa ligne d’en-tête) avant la période.',
    en: '{fn} needs the {entities} table (a whole range with its header row) before the period.',
  },
  err_missing_field: {
    fr: '{fn} : le tableau {entity} n’a pas de colonne pour {fields}. Associez-la dans Extensions → Sales KPI → Associer les colonnes.',
    en: '{fn}: the {entity} table has no column for {fields}. Map it in Extensions → Sales KPI → Map columns.',
  },
  err_no_value: {
    fr: '{fn} ({period}) — {explanation}',
    en: '{fn} ({period}) — {explanation}',
  },
  err_bad_segment_field: {
    fr: '{fn} : « {field} » n’est pas un champ filtrable. Champs possibles : {known}.',
    en: '{fn}: "{field}" is not a field you can filter on. Possible fields: {known}.',
  },
  err_segment_value_missing: {
    fr: '{fn} : indiquez la valeur du filtre après le champ « {field} ».',
    en: '{fn}: give the filter value after the field "{field}".',
  },
  err_blocking_issue: {
    fr: '{fn} : {issue}. Corrigez ces cellules (ou entourez la formule de SIERREUR).',
    en: '{fn}: {issue}. Fix these cells (or wrap the formula in IFERROR).',
  },
  header_month: { fr: 'Mois', en: 'Month' },
  header_key: { fr: 'Clé', en: 'Key' },
  header_value: { fr: 'Valeur', en: 'Value' },
  header_count: { fr: 'Nombre', en: 'Count' },
  header_share: { fr: 'Part', en: 'Share' },
  doc_table_param: { fr: 'tableau avec sa ligne d’en-tête', en: 'table with its header row' },
  doc_period_param: { fr: 'période : "2024-03", "2024-Q1", "2024", une date, ou début puis fin', en: 'period: "2024-03", "2024-Q1", "2024", a date, or start then end' },
  doc_field_param: {
    fr: 'champ de filtre facultatif (owner, source…, ou colonne d’une table liée : "accounts.sector")',
    en: 'optional filter field (owner, source…, or a related table\'s column: "accounts.sector")',
  },
  doc_value_param: { fr: 'valeur du filtre facultative', en: 'optional filter value' },
  doc_kpi_id_param: { fr: 'identifiant de l’indicateur, ex. "win_rate"', en: 'indicator id, e.g. "win_rate"' },
  doc_from_param: { fr: 'facultatif : premier mois ("2024-01")', en: 'optional: first month ("2024-01")' },
  doc_to_param: { fr: 'facultatif : dernier mois ("2024-12")', en: 'optional: last month ("2024-12")' },
  doc_table_form: { fr: 'Forme tableau', en: 'Table form' },
  doc_returns_value: { fr: 'la valeur de l’indicateur', en: 'the indicator value' },
  doc_returns_table: { fr: 'un tableau qui se déploie', en: 'a table that spills' },
  fn_kpi_description: {
    fr: 'Calcule n’importe quel indicateur du catalogue par son identifiant, sur les tableaux donnés et la période.',
    en: 'Computes any indicator of the catalog by its id, from the given tables and period.',
  },
  fn_kpi_breakdown_description: {
    fr: 'Déploie le détail d’un indicateur (par commercial, par motif, par type de rendez-vous, mouvements de MRR…) : clé, valeur, nombre, part.',
    en: 'Spills the breakdown of an indicator (per rep, per reason, per kind of meeting, MRR movements...): key, value, count, share.',
  },
  err_no_breakdown: {
    fr: '{fn} ({period}) : cet indicateur n’a pas de détail pour cette période ; utilisez {fn}() pour sa valeur.',
    en: '{fn} ({period}): this indicator has no breakdown for this period; use {fn}() for its value.',
  },
  fn_kpi_table_description: {
    fr: 'Déploie un tableau mensuel (une ligne par mois) de tous les indicateurs calculables à partir des tableaux donnés.',
    en: 'Spills a monthly table (one row per month) of every indicator computable from the given tables.',
  },
} as const;
