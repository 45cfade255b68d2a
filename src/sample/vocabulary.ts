// Words of the sample workbook's cells (reps, sources, sectors, products, stages, reasons), in French and English.

import type { Lang } from '../model/settings';

export interface Vocabulary {
  readonly reps: readonly string[];
  readonly sources: readonly string[];
  readonly sectors: readonly string[];
  readonly products: readonly string[];
  /** Open stages, earliest first. */
  readonly openStages: readonly string[];
  readonly won: string;
  readonly lost: string;
  readonly lostReasons: readonly string[];
  readonly activityTypes: { readonly call: string; readonly email: string; readonly meeting: string };
  readonly audiences: { readonly prospect: string; readonly customer: string };
  readonly yes: string;
  readonly no: string;
  readonly orderChannels: readonly string[];
  readonly spendChannels: readonly string[];
  readonly complaintReasons: readonly string[];
  readonly targetMetrics: { readonly revenue: string; readonly dealsWon: string };
  readonly companyNames: readonly string[];
  readonly companyKinds: readonly string[];
  /** Cells a person typed instead of an amount (the data-quality warts). */
  readonly unreadableAmounts: readonly string[];
}

const companyNames = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
  'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard',
  'André', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau',
  'Blanc', 'Guerin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clement', 'Gauthier',
];

const FR: Vocabulary = {
  reps: ['Camille Martin', 'Julien Bernard', 'Sophie Laurent', 'Thomas Petit', 'Léa Moreau', 'Nicolas Roux'],
  sources: ['Site web', 'Salon', 'Recommandation', 'LinkedIn', 'Prospection', 'Partenaire'],
  sectors: ['Industrie', 'Commerce', 'Services', 'Santé', 'BTP', 'Transport', 'Informatique'],
  products: ['Licence Standard', 'Licence Premium', 'Formation', 'Accompagnement', 'Maintenance'],
  openStages: ['Découverte', 'Proposition', 'Négociation', 'En cours'],
  won: 'Gagné',
  lost: 'Perdu',
  lostReasons: ['Prix trop élevé', 'Concurrent choisi', 'Pas de budget', 'Projet reporté', 'Sans réponse', 'Besoin non avéré'],
  activityTypes: { call: 'Appel', email: 'E-mail', meeting: 'Rendez-vous' },
  audiences: { prospect: 'Prospect', customer: 'Client' },
  yes: 'Oui',
  no: 'Non',
  orderChannels: ['Direct', 'Site web', 'Revendeur', 'Téléphone'],
  spendChannels: ['Google Ads', 'LinkedIn Ads', 'Salons', 'Contenu', 'Partenariats'],
  complaintReasons: ['Retard de livraison', 'Produit défectueux', 'Erreur de facturation', 'Article manquant', 'Service client'],
  targetMetrics: { revenue: "Chiffre d'affaires", dealsWon: 'Nombre de ventes' },
  companyNames,
  companyKinds: ['Industrie', 'Conseil', 'Logistique', 'Distribution', 'Services', 'Bâtiment', 'Santé', 'Solutions', 'et Fils', 'Groupe'],
  unreadableAmounts: ['à confirmer', '12 5OO €', 'N/C'],
};

const EN: Vocabulary = {
  reps: ['Emma Clarke', 'James Walker', 'Olivia Hughes', 'Daniel Wright', 'Sophie Turner', 'Liam Foster'],
  sources: ['Website', 'Trade show', 'Referral', 'LinkedIn', 'Cold outreach', 'Partner'],
  sectors: ['Manufacturing', 'Retail', 'Services', 'Healthcare', 'Construction', 'Transport', 'IT'],
  products: ['Standard licence', 'Premium licence', 'Training', 'Consulting', 'Maintenance'],
  openStages: ['Discovery', 'Proposal', 'Negotiation', 'In progress'],
  won: 'Closed Won',
  lost: 'Closed Lost',
  lostReasons: ['Price too high', 'Chose a competitor', 'No budget', 'Project postponed', 'No response', 'No real need'],
  activityTypes: { call: 'Call', email: 'Email', meeting: 'Meeting' },
  audiences: { prospect: 'Prospect', customer: 'Customer' },
  yes: 'Yes',
  no: 'No',
  orderChannels: ['Direct', 'Website', 'Reseller', 'Phone'],
  spendChannels: ['Google Ads', 'LinkedIn Ads', 'Trade shows', 'Content', 'Partnerships'],
  complaintReasons: ['Late delivery', 'Faulty product', 'Billing error', 'Missing item', 'Customer service'],
  targetMetrics: { revenue: 'Revenue', dealsWon: 'Deals won' },
  companyNames,
  companyKinds: ['Industries', 'Consulting', 'Logistics', 'Distribution', 'Services', 'Builders', 'Health', 'Solutions', '& Sons', 'Group'],
  unreadableAmounts: ['TBC', '12,5OO', 'n/a'],
};

export function vocabulary(lang: Lang): Vocabulary {
  return lang === 'fr' ? FR : EN;
}
