// What `npm start` tells a person, in French and English (the language of --locale), and the error that carries it.

import type { Lang } from '../../src/model/settings';

const MESSAGES = {
  out_is_file: {
    en: '--out {path} is a file, not a folder: give a folder (it is created when missing).',
    fr: '--out {path} est un fichier, pas un dossier : indiquez un dossier (il est créé s’il n’existe pas).',
  },
  out_unwritable: {
    en: 'cannot write in --out {path} ({reason}): choose a folder you can write to.',
    fr: 'impossible d’écrire dans --out {path} ({reason}) : choisissez un dossier où vous pouvez écrire.',
  },
  csv_quote_not_closed: {
    en: '{file}, line {line}: a quoted field opens on this line and is never closed, so the rest of the file would be read as one cell. Close the quote (a quote inside a field is written "") and run again.',
    fr: '{file}, ligne {line} : un champ entre guillemets s’ouvre sur cette ligne et ne se ferme jamais ; le reste du fichier serait lu comme une seule cellule. Fermez le guillemet (un guillemet dans un champ s’écrit "") et relancez.',
  },
  csv_bad_quote: {
    en: '{file}, line {line}: a quoted field opened on this line is closed in the middle of a field. Fix the quotes (a quote inside a field is written "") and run again.',
    fr: '{file}, ligne {line} : un champ entre guillemets ouvert sur cette ligne se ferme au milieu d’un champ. Corrigez les guillemets (un guillemet dans un champ s’écrit "") et relancez.',
  },
  csv_stray_quote: {
    en: '{file}, line {line}: a quote appears inside a field that does not start with one. Put the whole field in quotes and double the quote inside ("5"" screen"), then run again.',
    fr: '{file}, ligne {line} : un guillemet apparaît dans un champ qui ne commence pas par un guillemet. Mettez tout le champ entre guillemets et doublez celui de l’intérieur ("écran 5"""), puis relancez.',
  },
  csv_other: { en: '{file}, line {line}: {detail}', fr: '{file}, ligne {line} : {detail}' },
  mapping_unreadable: { en: 'cannot read the mapping file {path}.', fr: 'impossible de lire le fichier de mappage {path}.' },
  mapping_not_json: {
    en: '{path} is not JSON ({detail}). See "The saved mapping" in the README.',
    fr: '{path} n’est pas du JSON ({detail}). Voir « The saved mapping » dans le README.',
  },
  mapping_version: {
    en: '{path}: "version" is {version}, this release reads versions 1 to {latest}. See "The saved mapping" in the README.',
    fr: '{path} : « version » vaut {version}, cette version lit les versions 1 à {latest}. Voir « The saved mapping » dans le README.',
  },
  mapping_field: {
    en: '{path}: the field "{field}" is wrong ({problem}). See "The saved mapping" in the README.',
    fr: '{path} : le champ « {field} » est incorrect ({problem}). Voir « The saved mapping » dans le README.',
  },
  no_table_detected: {
    en: 'no sales table was recognised in the workbook from its headers; give the mapping with --mapping mapping.json (see "The saved mapping" in the README).',
    fr: 'aucune table commerciale n’a été reconnue d’après les en-têtes ; donnez le mappage avec --mapping mapping.json (voir « The saved mapping » dans le README).',
  },
  no_table_detected_because: {
    en: 'no sales table was recognised in the workbook from its headers ({notes}); give the mapping with --mapping mapping.json (see "The saved mapping" in the README).',
    fr: 'aucune table commerciale n’a été reconnue d’après les en-têtes ({notes}) ; donnez le mappage avec --mapping mapping.json (voir « The saved mapping » dans le README).',
  },
  no_dated_rows: {
    en: 'the mapped tables hold no dated rows: there is no month to report on.',
    fr: 'les tables associées n’ont aucune ligne datée : aucun mois à présenter.',
  },
  no_dated_rows_because: {
    en: 'the mapped tables hold no dated rows: {problems}',
    fr: 'les tables associées n’ont aucune ligne datée : {problems}',
  },
  xlsx_failed: {
    en: 'the workbook {path} could not be written ({reason}); kpis.json and dashboard.html are written.',
    fr: 'le classeur {path} n’a pas pu être écrit ({reason}) ; kpis.json et dashboard.html sont écrits.',
  },
  sheets_renamed: {
    en: 'sheet names Excel refuses were changed in the .xlsx: {renames}',
    fr: 'noms d’onglets refusés par Excel, changés dans le .xlsx : {renames}',
  },
  large_export: {
    en: 'large export ({rows} rows, over {limit}): the .xlsx holds the dashboard and the KPI table, not a copy of the input rows.',
    fr: 'gros export ({rows} lignes, plus de {limit}) : le .xlsx contient le tableau de bord et la table des KPI, pas une copie des lignes lues.',
  },
  months_capped: {
    en: 'kpis.json holds the last {limit} months; the data begins in {first} ({left} earlier months left out).',
    fr: 'kpis.json contient les {limit} derniers mois ; les données commencent en {first} ({left} mois plus anciens omis).',
  },
  csv_read_as: { en: 'read {file} as {encoding}, separator {delimiter}', fr: '{file} lu en {encoding}, séparateur {delimiter}' },
  progress: { en: '… {step} ({seconds} s)', fr: '… {step} ({seconds} s)' },
  step_read: { en: 'reading {input}', fr: 'lecture de {input}' },
  step_compute: {
    en: 'computing every KPI of every month and the dashboard tab',
    fr: 'calcul de chaque KPI pour chaque mois et de l’onglet du tableau de bord',
  },
  step_write: { en: 'writing the files', fr: 'écriture des fichiers' },
} as const;

export type CliMessageKey = keyof typeof MESSAGES;

export function cliText(lang: Lang, key: CliMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A failure of the run the person can fix: printed as "Error: <message>" alone, exit code 1. */
export class CliError extends Error {
  constructor(
    readonly key: CliMessageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(cliText('en', key, params));
    this.name = 'CliError';
  }

  render(lang: Lang): string {
    return cliText(lang, this.key, this.params);
  }
}
