// Headers that are no field of ours yet tell which entity a sheet holds (a contacts export has "Email", "Last name").

import type { EntityId } from './entities';

/** Header spellings (normalised) that hint at an entity; each one present adds a little evidence. */
export const ENTITY_HINTS: Readonly<Partial<Record<EntityId, readonly string[]>>> = {
  leads: [
    'email', 'e mail', 'adresse e mail', 'first name', 'last name', 'prenom', 'nom de famille', 'phone', 'telephone',
    'mobile', 'job title', 'poste', 'fonction', 'lifecycle stage', 'lead status', 'statut du lead', 'statut du prospect',
    'cycle de vie',
  ],
  deals: [
    'deal name', 'opportunity name', 'nom de l affaire', 'nom de l opportunite', 'pipeline', 'probability', 'probabilite',
    'weighted amount', 'montant pondere', 'forecast category', 'next step', 'title', 'titre', 'sujet',
  ],
  customers: ['plan', 'formule', 'abonnement', 'subscription', 'contract', 'contrat', 'renewal date', 'date de renouvellement'],
  orders: ['quantity', 'quantite', 'qte', 'tva', 'vat', 'ttc', 'montant ttc', 'total ttc', 'unit price', 'prix unitaire'],
  activities: ['subject', 'objet', 'duration', 'duree', 'notes', 'compte rendu', 'outcome'],
  spend: ['campaign', 'impressions', 'clicks', 'clics', 'cpc'],
  targets: ['quota', 'objectif mensuel', 'monthly target'],
  complaints: ['ticket', 'ticket id', 'priority', 'priorite', 'resolution', 'resolved at', 'date de resolution'],
};
