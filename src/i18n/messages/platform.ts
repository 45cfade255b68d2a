// User-facing messages of the platform area (schedule status, scheduled runs, time zones), in French and English.

export const platformMessages = {
  menu_schedule_status: { fr: 'État de la planification', en: 'Schedule status' },
  schedule_status_title: { fr: 'État de la planification', en: 'Schedule status' },
  schedule_owners: { fr: 'Planifié par : {owners}.', en: 'Scheduled by: {owners}.' },
  schedule_owner_item: { fr: '{who} (depuis le {since}, fuseau {zone})', en: '{who} (since {since}, time zone {zone})' },
  schedule_owner_you: { fr: 'vous', en: 'you' },
  schedule_owner_teammate: { fr: 'un collègue', en: 'a teammate' },
  schedule_none: {
    fr: 'Aucune planification : le tableau de bord n’est généré que depuis le menu.',
    en: 'Not scheduled: dashboards are generated from the menu only.',
  },
  schedule_next: {
    fr: 'Prochaine exécution : le {day} entre {hour} h et {next} h ({zone}), pour le mois {month}.',
    en: 'Next run: {day} between {hour}:00 and {next}:00 ({zone}), for {month}.',
  },
  schedule_runs: { fr: 'Dernières exécutions :', en: 'Last runs:' },
  schedule_run_item: { fr: '• {at} — {trigger} — {outcome} {months}', en: '• {at} — {trigger} — {outcome} {months}' },
  schedule_no_runs: { fr: 'Aucune exécution enregistrée.', en: 'No run recorded yet.' },
  schedule_last_error: { fr: 'Dernière erreur de la planification ({at}) : {message}', en: 'Last scheduled error ({at}): {message}' },
  schedule_fix: { fr: 'Que faire : {fix}', en: 'What to do: {fix}' },
  schedule_outcome_ok: { fr: 'réussie', en: 'done' },
  schedule_outcome_error: { fr: 'échec', en: 'failed' },
  schedule_outcome_busy: { fr: 'occupé (une autre génération était en cours)', en: 'busy (another generation was running)' },
  schedule_outcome_skipped: { fr: 'rien à faire', en: 'nothing to do' },
  schedule_trigger_manual: { fr: 'manuelle', en: 'manual' },
  schedule_trigger_scheduled: { fr: 'planifiée', en: 'scheduled' },
  schedule_trigger_refresh: { fr: 'actualisation', en: 'refresh' },
  schedule_fix_config: {
    fr: 'ouvrez « Associer les colonnes » et enregistrez l’association, puis générez le mois depuis le menu.',
    en: 'open “Map columns” and save the mapping, then generate the month from the menu.',
  },
  schedule_fix_unreachable: {
    fr: 'la planification n’a pas pu ouvrir ce classeur ; générez le mois depuis le menu, puis désactivez et réactivez la planification.',
    en: 'the schedule could not open this spreadsheet; generate the month from the menu, then turn the schedule off and on again.',
  },
  schedule_fix_default: {
    fr: 'générez le mois depuis le menu pour voir l’erreur en détail et la corriger ; la planification reprendra le mois prochain.',
    en: 'generate the month from the menu to see the error in full and fix it; the schedule resumes next month.',
  },
  schedule_failed_line: {
    fr: '⚠ La génération planifiée du {at} a échoué : {message}',
    en: '⚠ The scheduled generation of {at} failed: {message}',
  },
  schedule_failed_toast: {
    fr: 'La génération planifiée du {at} a échoué. Menu Sales KPI › État de la planification.',
    en: 'The scheduled generation of {at} failed. Sales KPI menu › Schedule status.',
  },
  schedule_turned_on_others: {
    fr: 'Planification activée pour vous. {owners} l’avai(en)t déjà planifiée : la première exécution du mois génère l’onglet, les suivantes ne font rien.',
    en: 'Schedule on for you. {owners} had already scheduled it: the first run of the month makes the tab, later ones do nothing.',
  },
  schedule_off_others: {
    fr: 'Votre planification est désactivée. Celle de {owners} continue : seule cette personne peut la désactiver.',
    en: 'Your schedule is off. The one of {owners} goes on: only they can turn it off.',
  },
  schedule_skipped: {
    fr: 'L’onglet du mois {month} existe déjà (généré le {at}) : rien à faire.',
    en: 'The tab for {month} already exists (made on {at}): nothing to do.',
  },
  schedule_rebuilt: {
    fr: 'Cette planification déclenchait le {day} ({zone}) au lieu du 1er : elle a été recréée dans le fuseau du classeur.',
    en: 'This schedule fired on {day} ({zone}) instead of the 1st: it was rebuilt in the spreadsheet’s time zone.',
  },
  schedule_no_spreadsheet: {
    fr: 'Exécution planifiée sans classeur actif : le module ne peut pas ouvrir le classeur dans ce contexte.',
    en: 'Scheduled run without an active spreadsheet: the add-on cannot open the spreadsheet in this context.',
  },
  tz_unknown: {
    fr: 'Le fuseau horaire « {zone} » du classeur est inconnu de ce moteur JavaScript : choisissez un fuseau IANA (Fichier › Paramètres), par ex. Europe/Paris.',
    en: 'The spreadsheet’s time zone “{zone}” is unknown to this JavaScript engine: pick an IANA zone (File › Settings), e.g. Europe/Paris.',
  },
  tz_mismatch: {
    fr: 'Le fuseau « {zone} » donne {ours} ici mais {google} selon Google : les dates ne peuvent pas être converties sans risque. Choisissez un autre fuseau ou signalez le problème.',
    en: 'The time zone “{zone}” gives {ours} here but {google} for Google: dates cannot be converted safely. Pick another zone or report the problem.',
  },
} as const;
