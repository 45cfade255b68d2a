// User-facing messages of the BigQuery edition (Connected Sheets), in French and English. Placeholders: {name}.

export const bigqueryMessages = {
  sql_segment_lookup: {
    fr: 'Le segment « {field} » vient d’une table liée, mais aucune table liée du mappage n’apporte cette colonne à une table associée (par sa colonne de liaison) : les KPI ne seraient pas filtrés. Déclarez la table liée dans le mappage (« lookups »), ou segmentez sur une colonne de la table elle-même.',
    en: 'The segment "{field}" comes from a related table, but no related table of the mapping brings that column to a mapped table (through its linking column): the KPIs would not be filtered. Declare the related table in the mapping ("lookups"), or segment on a column of the table itself.',
  },
  sql_segment_unknown: {
    fr: 'Le segment « {field} » n’est une colonne d’aucune table associée ({entities}) : les KPI ne seraient pas filtrés.',
    en: 'The segment "{field}" is a column of none of the mapped tables ({entities}): the KPIs would not be filtered.',
  },
  menu_connect_bigquery: { fr: 'Connecter une table BigQuery…', en: 'Connect a BigQuery table…' },
  bq_title: { fr: 'Connecter BigQuery', en: 'Connect BigQuery' },
  bq_prompt_project: {
    fr: 'Projet Google Cloud facturé pour les requêtes (par exemple mon-projet-123) :',
    en: 'Google Cloud project billed for the queries (for example my-project-123):',
  },
  bq_prompt_tables: {
    fr: 'Tables BigQuery, une par entité, séparées par des points-virgules : affaires=projet.jeu.table; clients=projet.jeu.table',
    en: 'BigQuery tables, one per entity, separated by semicolons: deals=project.dataset.table; customers=project.dataset.table',
  },
  bq_bad_project: {
    fr: '« {value} » n’est pas un identifiant de projet Google Cloud (6 à 30 lettres minuscules, chiffres ou tirets).',
    en: '"{value}" is not a Google Cloud project id (6 to 30 lower-case letters, digits or hyphens).',
  },
  bq_bad_table: {
    fr: '« {value} » n’est pas de la forme entité=projet.jeu.table (entités : {entities}).',
    en: '"{value}" is not of the form entity=project.dataset.table (entities: {entities}).',
  },
  bq_no_table: { fr: 'Aucune table indiquée.', en: 'No table given.' },
  bq_not_recognised: {
    fr: 'Les colonnes de {table} ne suffisent pas pour {entity} : il manque {fields}. Colonnes trouvées : {columns}.',
    en: 'The columns of {table} are not enough for {entity}: {fields} missing. Columns found: {columns}.',
  },
  bq_nothing_compiled: {
    fr: 'Aucun indicateur ne peut être calculé en SQL avec ces colonnes.',
    en: 'No KPI can be computed in SQL from these columns.',
  },
  bq_done: {
    fr: 'L’onglet « {sheet} » calcule {count} indicateurs par mois dans BigQuery ({kpis}). Les mois et les libellés d’étapes sont dans l’onglet « {params} » : modifiez-les puis actualisez.',
    en: 'The "{sheet}" tab computes {count} KPIs per month in BigQuery ({kpis}). The months and stage labels are in the "{params}" tab: change them, then refresh.',
  },
  bq_params_sheet: { fr: 'Sales KPI · paramètres BigQuery', en: 'Sales KPI · BigQuery parameters' },
  bq_kpi_sheet: { fr: 'Sales KPI · BigQuery', en: 'Sales KPI · BigQuery' },
  bq_param_from: { fr: 'Premier mois (AAAA-MM-JJ)', en: 'First month (YYYY-MM-DD)' },
  bq_param_to: { fr: 'Dernier mois (AAAA-MM-JJ)', en: 'Last month (YYYY-MM-DD)' },
  bq_param_won: { fr: 'Libellés « gagné » (séparés par |)', en: 'Won labels (separated by |)' },
  bq_param_lost: { fr: 'Libellés « perdu » (séparés par |)', en: 'Lost labels (separated by |)' },
  bq_param_zone: { fr: 'Fuseau horaire', en: 'Time zone' },
  bq_param_table: { fr: 'Table en cours de lecture', en: 'Table being read' },
  bq_query_failed: { fr: 'BigQuery a refusé la requête sur {table} : {detail}', en: 'BigQuery refused the query on {table}: {detail}' },
} as const;
