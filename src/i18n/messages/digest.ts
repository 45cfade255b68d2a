// User-facing messages of the e-mail digest, in French and English. Placeholders: {name}.

export const digestMessages = {
  menu_digest: { fr: 'Résumé par e-mail…', en: 'E-mail digest…' },
  digest_subject: { fr: '{title} : {revenue}', en: '{title}: {revenue}' },
  digest_intro: { fr: 'Les chiffres {period}, tels que dans l’onglet « {tab} ».', en: 'The figures for {period}, as in the "{tab}" tab.' },
  digest_open: { fr: 'Ouvrir le tableau de bord', en: 'Open the dashboard' },
  digest_movers_up: { fr: 'Plus fortes hausses', en: 'Biggest rises' },
  digest_movers_down: { fr: 'Plus fortes baisses', en: 'Biggest falls' },
  digest_no_movers: { fr: 'Aucun indicateur n’a bougé par rapport au mois précédent.', en: 'No KPI moved against the previous month.' },
  digest_quality_ok: { fr: 'Qualité des données : aucun problème relevé.', en: 'Data quality: no issue found.' },
  digest_quality_issues_one: { fr: 'Qualité des données : {count} point à vérifier dans l’onglet. {first}', en: 'Data quality: {count} point to check in the tab. {first}' },
  digest_quality_issues_other: { fr: 'Qualité des données : {count} points à vérifier dans l’onglet, dont : {first}', en: 'Data quality: {count} points to check in the tab, including: {first}' },
  digest_footer: {
    fr: 'Envoyé par Sales KPI à la génération du tableau de bord. Pour ne plus le recevoir, demandez à la personne qui gère le classeur de vous retirer (Extensions › Sales KPI › Résumé par e-mail).',
    en: 'Sent by Sales KPI when the dashboard was generated. To stop receiving it, ask whoever manages the workbook to remove you (Extensions › Sales KPI › E-mail digest).',
  },
  digest_bad_address: { fr: '« {value} » n’est pas une adresse e-mail.', en: '"{value}" is not an e-mail address.' },
  digest_too_many: { fr: '{count} destinataires : {max} au plus.', en: '{count} recipients: {max} at most.' },
  digest_quota: {
    fr: 'Résumé non envoyé : le quota d’e-mails du jour en permet encore {left}, il en faut {needed}.',
    en: 'Digest not sent: today’s e-mail quota allows {left} more, {needed} are needed.',
  },
  digest_scope_missing: {
    fr: 'Sales KPI n’a pas votre autorisation d’envoyer des e-mails. Choisissez Extensions › Sales KPI › Résumé par e-mail… et cochez « Envoyer des e-mails en votre nom ».',
    en: 'Sales KPI is not allowed to send e-mail for you. Choose Extensions › Sales KPI › E-mail digest… and tick “Send email as you”.',
  },
  digest_failed: { fr: 'Résumé non envoyé : {detail}', en: 'Digest not sent: {detail}' },
  digest_sent_one: { fr: 'Résumé envoyé à {count} destinataire.', en: 'Digest sent to {count} recipient.' },
  digest_sent_other: { fr: 'Résumé envoyé à {count} destinataires.', en: 'Digest sent to {count} recipients.' },
  digest_test_sent: { fr: 'Un exemple a été envoyé à {email}.', en: 'A test was sent to {email}.' },
  digest_no_dashboard: {
    fr: 'Générez d’abord un tableau de bord : le résumé reprend ses chiffres.',
    en: 'Generate a dashboard first: the digest repeats its figures.',
  },
  digest_dialog_title: { fr: 'Résumé par e-mail', en: 'E-mail digest' },
  digest_dialog_enabled: { fr: 'Envoyer le résumé après chaque tableau de bord', en: 'Send the digest after each dashboard' },
  digest_dialog_recipients: {
    fr: 'Destinataires, un par ligne, suivis de leur langue (fr ou en) — 50 au plus',
    en: 'Recipients, one per line, followed by their language (fr or en) — 50 at most',
  },
  digest_dialog_save: { fr: 'Enregistrer', en: 'Save' },
  digest_dialog_test: { fr: 'M’envoyer un exemple', en: 'Send me a test' },
  digest_dialog_preview: { fr: 'Aperçu de ce que l’équipe recevra', en: 'Preview of what the team will receive' },
  digest_saved: { fr: 'Réglages du résumé enregistrés.', en: 'Digest settings saved.' },
} as const;
