// The sales entities and their fields, with header synonyms (French, English, common CRM exports).

export type FieldType = 'date' | 'amount' | 'number' | 'text' | 'stage' | 'flag';

export interface FieldDef {
  readonly id: string;
  readonly type: FieldType;
  readonly label: { readonly fr: string; readonly en: string };
  /** Header spellings, compared after normalisation (lower case, no accents, no punctuation). */
  readonly synonyms: readonly string[];
  /** A date that keeps its time of day (a fraction of the day), for elapsed times in hours. */
  readonly time?: boolean;
}

export interface EntityDef {
  readonly id: EntityId;
  readonly label: { readonly fr: string; readonly en: string };
  /** Sheet-name spellings used to suggest which sheet holds the entity. */
  readonly sheetNames: readonly string[];
  readonly fields: readonly FieldDef[];
}

export const ENTITY_IDS = ['leads', 'deals', 'customers', 'orders', 'activities', 'spend', 'targets', 'complaints', 'subscriptions'] as const;
export type EntityId = (typeof ENTITY_IDS)[number];

const f = (id: string, type: FieldType, fr: string, en: string, synonyms: string[]): FieldDef => ({
  id,
  type,
  label: { fr, en },
  synonyms: [fr, en, id, ...synonyms],
});

const owner = f('owner', 'text', 'Commercial', 'Owner', [
  'sales rep', 'rep', 'vendeur', 'responsable', 'proprietaire', 'deal owner', 'contact owner', 'lead owner',
  'opportunity owner', 'owner name', 'commercial responsable', 'assigned to', 'user', 'utilisateur', 'sales person', 'salesperson',
  // CRM export and API names: Maven, SuiteCRM, vtiger, HubSpot, Sellsy, Freshsales, Close, Bitrix24 (incl. Russian), Spanish, German.
  'sales agent', 'assigned user', 'assigned user name', 'assigned user id', 'smownerid', 'hubspot owner id', 'suivi par', 'sales owner',
  'user name', 'assigned by', 'assigned by name', 'collaborateur', 'ответственный', 'менеджер', 'asignado a', 'propietario', 'vendedor',
  'zugewiesen an', 'besitzer', 'verantwortlich',
]);
const sector = f('sector', 'text', 'Secteur', 'Sector', ['industry', 'secteur d activite', 'industrie', 'vertical', 'segment', 'business segment', 'sector de actividad', 'branche', 'отрасль']);
const source = f('source', 'text', 'Source', 'Source', [
  'lead source', 'canal', 'channel', 'origine', 'original source', 'source du lead', 'provenance', 'acquisition channel', 'source id',
  'origen del prospecto', 'fuente', 'herkunft', 'источник',
]);
const product = f('product', 'text', 'Produit', 'Product', ['produit', 'product name', 'offre', 'offer', 'gamme', 'article']);
const customerRef = f('customer', 'text', 'Client', 'Customer', [
  'customer id', 'client id', 'id client', 'account', 'account name', 'compte', 'organization', 'organisation', 'societe', 'company', 'entreprise', 'raison sociale',
  'tiers', 'nom du client', 'client name', 'customer name', 'company name', 'related to', 'potential customer', 'lead name', 'client folder name', 'компания',
  'клиент', 'cuenta', 'nombre de cuenta', 'firma', 'unternehmen',
]);

export const ENTITIES: readonly EntityDef[] = [
  {
    id: 'leads',
    label: { fr: 'Leads', en: 'Leads' },
    sheetNames: ['leads', 'prospects', 'lead', 'contacts', 'pistes'],
    fields: [
      f('id', 'text', 'Identifiant', 'ID', ['lead id', 'id lead', 'record id', 'contact id', 'numero']),
      {
        ...f('created', 'date', 'Date de création', 'Created date', [
          'date creation', 'created', 'create date', 'created at', 'creation date', 'date', 'date d entree', 'lead created', 'date du lead', 'cree le',
          'created time', 'date created', 'date entered', 'created on', 'дата создания',
        ]),
        time: true,
      },
      source,
      owner,
      sector,
      f('qualified', 'flag', 'Qualifié', 'Qualified', ['qualifie', 'mql', 'sql', 'is qualified', 'lead qualifie', 'qualification']),
      f('opportunity', 'flag', 'Opportunité', 'Opportunity', [
        'converted', 'converti', 'devenu opportunite', 'is converted', 'became opportunity', 'opportunite creee', 'opportunity created',
      ]),
      {
        ...f('first_contact', 'date', 'Premier contact', 'First contact', [
          'date premier contact', 'first contact date', 'first outreach', 'date de prise de contact', 'contacted at', 'first touch', 'last contacted',
        ]),
        time: true,
      },
    ],
  },
  {
    id: 'deals',
    label: { fr: 'Affaires', en: 'Deals' },
    sheetNames: ['deals', 'affaires', 'opportunites', 'opportunities', 'ventes', 'pipeline', 'devis', 'potentials', 'сделки', 'oportunidades'],
    fields: [
      f('id', 'text', 'Identifiant', 'ID', ['deal id', 'opportunity id', 'id affaire', 'record id', 'numero', 'hs object id', 'potentialid', 'potential no']),
      f('created', 'date', 'Date de création', 'Created date', [
        'creee le', 'created on', 'created time', 'date created', 'date entered', 'added on', 'added at', 'engage date', 'date create',
        'дата создания', 'создана', 'fecha de creacion', 'hora de creacion', 'erstellt am', 'erstellungsdatum', 'data di creazione',
        'date creation', 'created', 'create date', 'created at', 'creation date', 'deal created', 'date d ouverture', 'open date', 'cree le', 'creation', 'ouverture',
      ]),
      f('closed', 'date', 'Date de clôture', 'Close date', [
        'date cloture', 'closed', 'close date', 'closed at', 'closing date', 'date de signature', 'date signature', 'won time', 'date de fermeture', 'expected close date', 'clos le', 'signee le', 'signed on',
        'deal closed on', 'closed on', 'close time', 'won date', 'date de gain', 'cloture le', 'signe le', 'signature', 'cloture',
        'actual close date', 'closed date', 'date closed', 'date won', 'est close date', 'estimated close date', 'date de cloture prevue',
        'дата закрытия', 'предполагаемая дата закрытия', 'дата завершения', 'fecha de cierre', 'fecha de cierre esperada', 'abschlussdatum',
        'data di chiusura',
      ]),
      f('stage', 'stage', 'Étape', 'Stage', ['etape', 'statut', 'status', 'deal stage', 'phase', 'etat', 'pipeline stage', 'resultat', 'outcome',
        'stage name', 'sales stage', 'deal status', 'status type', 'is won', 'won status', 'стадия сделки', 'стадия', 'статус', 'etapa',
        'fase de venta', 'estado', 'verkaufsphase', 'fase']),
      // Outcome flags (Salesforce IsWon/IsClosed, Bitrix CLOSED): the outcome when no stage is mapped, a check when one is.
      f('is_won', 'flag', 'Gagnée (oui/non)', 'Won (yes/no)', ['is won', 'iswon', 'won', 'gagnee', 'gagne', 'est gagnee', 'won flag', 'deal won flag']),
      f('is_closed', 'flag', 'Clôturée (oui/non)', 'Closed (yes/no)', ['is closed', 'isclosed', 'est cloturee', 'closed flag', 'deal closed flag', 'сделка закрыта', 'закрыта']),
      f('amount', 'amount', 'Montant', 'Amount', [
        'montant ht', 'value', 'valeur', 'deal value', 'amount ht', 'prix', 'total', 'total ht', 'montant de l affaire', 'ca', 'chiffre d affaires', 'revenue',
        'close value', 'actual revenue', 'actual value', 'opportunity amount', 'monetary value', 'expected revenue', 'сумма', 'сумма сделки',
        'бюджет', 'importe', 'monto', 'valor', 'betrag', 'wert', 'importo',
      ]),
      owner,
      source,
      sector,
      product,
      customerRef,
      f('lost_reason', 'text', 'Motif de perte', 'Lost reason', [
        'raison de perte', 'closed lost reason', 'loss reason', 'motif', 'raison', 'lost reason', 'reason lost', 'cause de perte',
        'reason for loss', 'raison de la perte', 'lost reason id', 'причина отказа', 'причина провала', 'motivo de perdida', 'verlustgrund',
      ]),
      f('probability', 'number', 'Probabilité', 'Probability', [
        'probabilite', 'probabilite de gain', 'win probability', 'deal probability', 'probability %', 'chance de succes', 'pourcentage', 'ponderation', 'weight',
      ]),
      f('quote_sent', 'date', 'Devis envoyé le', 'Quote sent', ['date devis', 'quote date', 'quote sent date', 'date d envoi du devis', 'proposition envoyee', 'proposal sent']),
    ],
  },
  {
    id: 'customers',
    label: { fr: 'Clients', en: 'Customers' },
    sheetNames: ['customers', 'clients', 'comptes', 'accounts', 'abonnes', 'subscribers'],
    fields: [
      f('id', 'text', 'Identifiant', 'ID', ['customer id', 'client id', 'id client', 'account id', 'numero client', 'nom', 'name', 'client', 'customer']),
      f('start', 'date', 'Début', 'Start date', [
        'date de debut', 'start', 'date debut', 'client depuis', 'customer since', 'signup date', 'date d inscription', 'became customer date', 'date de souscription', 'subscription start',
      ]),
      f('end', 'date', 'Fin', 'End date', [
        'date de fin', 'end', 'date fin', 'churn date', 'date de resiliation', 'resiliation', 'cancellation date', 'cancelled at', 'date de depart', 'subscription end',
      ]),
      f('mrr', 'amount', 'Revenu mensuel', 'Monthly revenue', ['mrr', 'arpa', 'abonnement mensuel', 'monthly recurring revenue', 'montant mensuel', 'revenu mensuel ht']),
      owner,
      source,
      sector,
    ],
  },
  {
    id: 'orders',
    label: { fr: 'Commandes', en: 'Orders' },
    sheetNames: ['orders', 'commandes', 'factures', 'invoices', 'ventes', 'sales'],
    fields: [
      f('id', 'text', 'Numéro', 'Order ID', ['numero de commande', 'order number', 'invoice number', 'numero facture', 'id commande', 'reference',
        'n facture', 'no facture', 'n de facture', 'numero de facture', 'n commande', 'no commande', 'n de commande', 'invoice id', 'order no']),
      f('date', 'date', 'Date', 'Date', ['date de commande', 'order date', 'invoice date', 'date facture', 'date de facturation', 'date de vente']),
      customerRef,
      f('amount', 'amount', 'Montant HT', 'Amount', ['montant', 'total ht', 'amount ht', 'net amount', 'subtotal', 'sous total', 'total', 'prix de vente']),
      f('cost', 'amount', 'Coût', 'Cost', ['cout', 'cout d achat', 'cost of goods', 'cogs', 'prix d achat', 'purchase cost', 'cout de revient']),
      product,
      owner,
      f('channel', 'text', 'Canal', 'Channel', ['canal de vente', 'sales channel', 'source', 'origine']),
    ],
  },
  {
    id: 'activities',
    label: { fr: 'Activités', en: 'Activities' },
    sheetNames: ['activities', 'activites', 'actions', 'calls', 'appels', 'rendez vous', 'meetings', 'emails'],
    fields: [
      f('date', 'date', 'Date', 'Date', ['date de l activite', 'activity date', 'due date', 'date d echeance', 'done date']),
      f('type', 'text', 'Type', 'Type', ['type d activite', 'activity type', 'nature', 'canal']),
      owner,
      f('replied', 'flag', 'Réponse', 'Replied', ['repondu', 'reponse recue', 'reply', 'replied', 'answered']),
      f('opened', 'flag', 'Ouvert', 'Opened', ['ouvert', 'email ouvert', 'opened', 'open']),
      f('bounced', 'flag', 'Rejeté', 'Bounced', ['bounce', 'non delivre', 'bounced', 'rejete', 'erreur d envoi']),
      f('team', 'flag', 'En équipe', 'Team meeting', ['equipe', 'en equipe', 'team', 'accompagne', 'joint meeting']),
      f('audience', 'text', 'Interlocuteur', 'Audience', ['prospect ou client', 'contact type', 'cible', 'with', 'type de contact']),
    ],
  },
  {
    id: 'spend',
    label: { fr: 'Dépenses', en: 'Spend' },
    sheetNames: ['spend', 'depenses', 'budget', 'marketing', 'couts', 'costs', 'acquisition'],
    fields: [
      f('date', 'date', 'Mois', 'Month', ['date', 'mois', 'month', 'periode', 'period', 'date de depense']),
      f('amount', 'amount', 'Montant', 'Amount', ['depense', 'cost', 'cout', 'spend', 'budget', 'montant ht', 'amount spent']),
      f('channel', 'text', 'Canal', 'Channel', ['source', 'canal', 'campaign', 'campagne', 'poste']),
    ],
  },
  {
    id: 'targets',
    label: { fr: 'Objectifs', en: 'Targets' },
    sheetNames: ['targets', 'objectifs', 'quotas', 'goals'],
    fields: [
      f('date', 'date', 'Mois', 'Month', ['date', 'mois', 'month', 'periode', 'period']),
      f('metric', 'text', 'Indicateur', 'Metric', ['kpi', 'indicateur', 'metrique', 'metric', 'type d objectif', 'mesure']),
      owner,
      f('target', 'number', 'Objectif', 'Target', ['objectif', 'quota', 'goal', 'cible', 'valeur cible', 'target value']),
    ],
  },
  {
    id: 'complaints',
    label: { fr: 'Réclamations', en: 'Complaints' },
    sheetNames: ['complaints', 'reclamations', 'plaintes', 'sav', 'tickets', 'litiges'],
    fields: [
      f('date', 'date', 'Date', 'Date', ['date de reclamation', 'complaint date', 'created', 'date d ouverture', 'opened at']),
      customerRef,
      f('order', 'text', 'Commande', 'Order', ['numero de commande', 'order id', 'order number', 'commande']),
      f('reason', 'text', 'Motif', 'Reason', ['motif', 'raison', 'cause', 'reason', 'category', 'categorie', 'type']),
    ],
  },
  {
    id: 'subscriptions',
    label: { fr: 'Abonnements', en: 'Subscriptions' },
    sheetNames: ['subscriptions', 'abonnements', 'souscriptions', 'recurring', 'recurrent', 'mrr', 'contrats'],
    fields: [
      f('id', 'text', 'Identifiant', 'Subscription ID', ['subscription id', 'id abonnement', 'subscription oid', 'subscription uuid', 'numero d abonnement', 'reference']),
      f('customer', 'text', 'Client', 'Customer', [
        'customer id', 'client id', 'id client', 'customer oid', 'customer name', 'customer email', 'customer e mail', 'account code',
        'account', 'account id', 'account name', 'compte', 'societe', 'company', 'entreprise', 'raison sociale', 'nom du client', 'email client',
      ]),
      f('start', 'date', 'Début', 'Start date', [
        'date de debut', 'debut', 'start', 'started at', 'start date utc', 'created utc', 'created', 'created at', 'activated at',
        'subscription started at', 'subscription start', 'date de souscription', 'souscrit le', 'date d activation',
      ]),
      f('end', 'date', 'Fin', 'End date', [
        'date de fin', 'fin', 'end', 'ended at', 'ended at utc', 'canceled at', 'canceled at utc', 'cancelled at', 'subscription canceled at',
        'expires at', 'expired at', 'cancellation date', 'date de resiliation', 'resilie le', 'date d arret',
      ]),
      f('amount', 'amount', 'Montant', 'Amount', [
        'plan amount', 'price', 'unit amount', 'plan unit price', 'unit price', 'recurring price', 'montant ht', 'prix', 'tarif', 'montant de l abonnement',
      ]),
      f('interval', 'text', 'Périodicité', 'Billing interval', [
        'interval', 'plan interval', 'billing interval', 'billing period unit', 'billing cycle interval', 'plan interval unit', 'interval unit',
        'periodicite', 'periodicite de facturation', 'frequence de facturation', 'recurrence', 'cycle de facturation',
      ]),
      f('interval_count', 'number', 'Nombre de périodes', 'Interval count', [
        'plan interval count', 'interval length', 'plan interval length', 'billing period', 'billing cycle frequency', 'frequency', 'nombre d intervalles',
      ]),
      f('quantity', 'number', 'Quantité', 'Quantity', ['plan quantity', 'subscription quantity', 'quantite', 'seats', 'licences', 'licenses', 'nombre de licences', 'sieges']),
      f('mrr', 'amount', 'MRR', 'MRR', ['monthly recurring revenue', 'revenu mensuel', 'revenu mensuel recurrent', 'mrr ht', 'montant mensuel']),
      f('plan', 'text', 'Formule', 'Plan', ['plan name', 'plan id', 'plan', 'offre', 'formule', 'product', 'produit', 'price id']),
    ],
  },
];

const byId = new Map<EntityId, EntityDef>(ENTITIES.map((e) => [e.id, e]));

export function entityDef(id: EntityId): EntityDef {
  const def = byId.get(id);
  if (!def) throw new Error(`Unknown entity ${id}`);
  return def;
}

export function fieldDef(entity: EntityId, field: string): FieldDef | undefined {
  return entityDef(entity).fields.find((x) => x.id === field);
}
