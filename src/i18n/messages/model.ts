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
  // Cell coercion, table parsing and periods (coerce-*, parse-table, describe-issue, period).
  issue_line: {
    fr: '{entity} (feuille « {sheet} »), colonne « {header} » : {what} — {rows}',
    en: '{entity} (sheet "{sheet}"), column "{header}": {what} — {rows}',
  },
  issue_line_no_sheet: {
    fr: '{entity}, colonne « {header} » : {what} — {rows}',
    en: '{entity}, column "{header}": {what} — {rows}',
  },
  issue_rows_one: { fr: 'ligne {list}', en: 'row {list}' },
  issue_rows_other: { fr: 'lignes {list}', en: 'rows {list}' },
  issue_unreadable_number_one: { fr: '{count} ligne illisible', en: '{count} unreadable row' },
  issue_unreadable_number_other: { fr: '{count} lignes illisibles', en: '{count} unreadable rows' },
  issue_unreadable_date_one: { fr: '{count} date illisible', en: '{count} unreadable date' },
  issue_unreadable_date_other: { fr: '{count} dates illisibles', en: '{count} unreadable dates' },
  issue_ambiguous_day_month_one: {
    fr: 'jour et mois indiscernables sur {count} ligne, lue en {order} (format de la feuille)',
    en: 'day and month cannot be told apart on {count} row, read as {order} (the spreadsheet locale)',
  },
  issue_ambiguous_day_month_other: {
    fr: 'jour et mois indiscernables sur {count} lignes, lues en {order} (format de la feuille)',
    en: 'day and month cannot be told apart on {count} rows, read as {order} (the spreadsheet locale)',
  },
  issue_contradictory_day_month_one: {
    fr: '{count} date écrite en ordre inverse du reste de la colonne ({order}), ignorée',
    en: '{count} date written in the opposite order to the rest of the column ({order}), left out',
  },
  issue_contradictory_day_month_other: {
    fr: '{count} dates écrites en ordre inverse du reste de la colonne ({order}), ignorées',
    en: '{count} dates written in the opposite order to the rest of the column ({order}), left out',
  },
  issue_negative_amount_one: { fr: '{count} montant négatif', en: '{count} negative amount' },
  issue_negative_amount_other: { fr: '{count} montants négatifs', en: '{count} negative amounts' },
  issue_mixed_currencies_one: {
    fr: '{count} ligne dans une autre devise que {currency}, ignorée',
    en: '{count} row in a currency other than {currency}, left out',
  },
  issue_mixed_currencies_other: {
    fr: '{count} lignes dans une autre devise que {currency}, ignorées',
    en: '{count} rows in a currency other than {currency}, left out',
  },
  issue_close_before_create_one: {
    fr: '{count} affaire clôturée avant sa date de création',
    en: '{count} deal closed before its creation date',
  },
  issue_close_before_create_other: {
    fr: '{count} affaires clôturées avant leur date de création',
    en: '{count} deals closed before their creation date',
  },
  // Detection (model/detect-*.ts).
  detect_considered: { fr: 'colonnes envisagées : {list}', en: 'columns considered: {list}' },
  detect_refused_no_dates: { fr: '« {header} » ne contient pas de dates', en: '“{header}” holds no dates' },
  detect_refused_no_numbers: { fr: '« {header} » ne contient pas de nombres', en: '“{header}” holds no numbers' },
  detect_refused_not_labels: { fr: '« {header} » ne contient pas d’étapes', en: '“{header}” holds no stage labels' },
  detect_no_header: {
    fr: 'L’onglet « {sheet} » n’a pas de ligne d’en-tête (sa première ligne contient déjà des données) : ajoutez une ligne de titres de colonnes.',
    en: 'The sheet “{sheet}” has no header row (its first row already holds data): add a row of column titles.',
  },
  issue_won_only_one: {
    fr: '{count} ligne lue comme affaire gagnée (la table a une date de gain et pas de colonne d’étape)',
    en: '{count} row read as a won deal (the table has a won date and no stage column)',
  },
  issue_won_only_other: {
    fr: '{count} lignes lues comme affaires gagnées (la table a une date de gain et pas de colonne d’étape)',
    en: '{count} rows read as won deals (the table has a won date and no stage column)',
  },
  issue_revenue_target_one: {
    fr: '{count} objectif lu comme objectif de chiffre d’affaires (pas de colonne d’indicateur)',
    en: '{count} target read as a revenue target (no metric column)',
  },
  issue_revenue_target_other: {
    fr: '{count} objectifs lus comme objectifs de chiffre d’affaires (pas de colonne d’indicateur)',
    en: '{count} targets read as revenue targets (no metric column)',
  },
  issue_future_date_one: { fr: '{count} date dans le futur', en: '{count} date in the future' },
  issue_future_date_other: { fr: '{count} dates dans le futur', en: '{count} dates in the future' },
  issue_duplicate_id_one: { fr: '{count} identifiant en double', en: '{count} duplicated ID' },
  issue_duplicate_id_other: { fr: '{count} identifiants en double', en: '{count} duplicated IDs' },
  issue_two_digit_year_one: {
    fr: '{count} année sur deux chiffres (00-68 lue 20xx, 69-99 lue 19xx)',
    en: '{count} two-digit year (00-68 read as 20xx, 69-99 as 19xx)',
  },
  issue_two_digit_year_other: {
    fr: '{count} années sur deux chiffres (00-68 lues 20xx, 69-99 lues 19xx)',
    en: '{count} two-digit years (00-68 read as 20xx, 69-99 as 19xx)',
  },
  issue_read_as_blank_one: {
    fr: '{count} cellule lue comme vide ({tokens})',
    en: '{count} cell read as blank ({tokens})',
  },
  issue_read_as_blank_other: {
    fr: '{count} cellules lues comme vides ({tokens})',
    en: '{count} cells read as blank ({tokens})',
  },
  issue_implausible_number_one: {
    fr: '{count} nombre invraisemblable (10^15 — un million de milliards — ou plus, ou trop grand pour être lu), ignoré',
    en: '{count} implausible number (10^15 — a million billion — or more, or too large to read), left out',
  },
  issue_implausible_number_other: {
    fr: '{count} nombres invraisemblables (10^15 — un million de milliards — ou plus, ou trop grands pour être lus), ignorés',
    en: '{count} implausible numbers (10^15 — a million billion — or more, or too large to read), left out',
  },
  issue_percent_in_amount_one: {
    fr: '{count} pourcentage dans une colonne de montants, illisible comme montant',
    en: '{count} percentage in an amount column, unreadable as an amount',
  },
  issue_percent_in_amount_other: {
    fr: '{count} pourcentages dans une colonne de montants, illisibles comme montants',
    en: '{count} percentages in an amount column, unreadable as amounts',
  },
  issue_ambiguous_decimal_one: {
    fr: '{count} nombre comme « 1,500 » lu avec {decimal} décimale, comme la plupart de la colonne (qui mélange les deux écritures)',
    en: '{count} number like "1,500" read with a decimal {decimal}, as most of the column (which mixes both conventions)',
  },
  issue_ambiguous_decimal_other: {
    fr: '{count} nombres comme « 1,500 » lus avec {decimal} décimale, comme la plupart de la colonne (qui mélange les deux écritures)',
    en: '{count} numbers like "1,500" read with a decimal {decimal}, as most of the column (which mixes both conventions)',
  },
  decimal_comma: { fr: 'la virgule', en: 'comma' },
  decimal_dot: { fr: 'le point', en: 'point' },
  issue_foreign_currency_one: {
    fr: '{count} montant en {written}, pas dans la devise du classeur ({workbook}), ignoré : convertissez-le ou changez la devise des réglages',
    en: '{count} amount in {written}, not the workbook’s currency ({workbook}), left out: convert it or change the currency in the settings',
  },
  issue_foreign_currency_other: {
    fr: '{count} montants en {written}, pas dans la devise du classeur ({workbook}), ignorés : convertissez-les ou changez la devise des réglages',
    en: '{count} amounts in {written}, not the workbook’s currency ({workbook}), left out: convert them or change the currency in the settings',
  },
  issue_implausible_early_date_one: {
    fr: '{count} date antérieure à 1970, prise pour une valeur par défaut, ignorée',
    en: '{count} date before 1970, taken for a placeholder, left out',
  },
  issue_implausible_early_date_other: {
    fr: '{count} dates antérieures à 1970, prises pour des valeurs par défaut, ignorées',
    en: '{count} dates before 1970, taken for placeholders, left out',
  },
  issue_implausible_future_date_one: {
    fr: '{count} date invraisemblable après le {date} (loin du reste de la colonne ou d’aujourd’hui : faute de frappe ?), ignorée',
    en: '{count} implausible date after {date} (far from the rest of the column or from today: a typo?), left out',
  },
  issue_implausible_future_date_other: {
    fr: '{count} dates invraisemblables après le {date} (loin du reste de la colonne ou d’aujourd’hui : fautes de frappe ?), ignorées',
    en: '{count} implausible dates after {date} (far from the rest of the column or from today: typos?), left out',
  },
  issue_implausible_cycle_one: {
    fr: '{count} affaire ouverte plus de 10 ans avant sa clôture : date de création ignorée',
    en: '{count} deal open for over 10 years before its close: creation date left out',
  },
  issue_implausible_cycle_other: {
    fr: '{count} affaires ouvertes plus de 10 ans avant leur clôture : dates de création ignorées',
    en: '{count} deals open for over 10 years before their close: creation dates left out',
  },
  order_dmy: { fr: 'jour/mois', en: 'day/month' },
  order_mdy: { fr: 'mois/jour', en: 'month/day' },
  err_bad_period: {
    fr: 'Période « {value} » non reconnue. Formes acceptées : "2024-03" ou "mars 2024" (un mois), "2024-T1" ou "T1 2024" (un trimestre), "2024" (l’exercice qui commence en 2024), une date (son mois), ou une date de début suivie d’une date de fin.',
    en: 'Unrecognised period "{value}". Accepted forms: "2024-03" or "March 2024" (a month), "2024-Q1" or "Q1 2024" (a quarter), "2024" (the fiscal year starting in 2024), a date (its month), or a start date followed by an end date.',
  },
  err_period_order: {
    fr: 'La fin de la période ({end}) précède son début ({start}).',
    en: 'The end of the period ({end}) is before its start ({start}).',
  },
} as const;
