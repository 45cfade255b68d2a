// Shared hand-checked rows for the KPI tests (the period under test is March 2024 unless a test says otherwise).

import type { Row } from './table-builder';

export const DEALS: Row[] = [
  { created: '2024-02-01', closed: '2024-03-05', stage: 'won', amount: 1000, owner: 'Alice', source: 'Web', sector: 'Retail', quote_sent: '2024-03-01' },
  { created: '2024-03-01', closed: '2024-03-11', stage: 'won', amount: 3000, owner: 'Bob', source: 'Salon', sector: 'Industrie' },
  { created: '2024-02-15', closed: '2024-03-20', stage: 'lost', amount: 500, owner: 'Alice', source: 'web', lost_reason: 'Prix', quote_sent: '2024-03-10' },
  { created: '2024-03-10', closed: '', stage: 'lost', amount: 700, owner: 'Bob', lost_reason: 'Délai' },
  { created: '2024-03-02', closed: '2024-03-25', stage: 'won', amount: null, owner: 'Alice' },
  { created: '2024-03-15', closed: '', stage: 'open', amount: 2000, owner: 'Bob', quote_sent: '2024-03-20' },
  { created: '2024-01-10', closed: '2024-04-02', stage: 'won', amount: 4000, owner: 'Alice', quote_sent: '2024-02-20' },
  { created: '2024-01-05', closed: '2024-02-10', stage: 'won', amount: 2500, owner: 'Bob' },
  { created: '2024-03-20', closed: '2024-03-18', stage: 'won', amount: 100, owner: 'alice ' },
  { created: '2024-02-20', closed: '2024-03-28', stage: 'lost', amount: 900, owner: 'Bob', lost_reason: 'prix ' },
];

export const LEADS: Row[] = [
  { created: '2024-03-01', qualified: true, opportunity: true, first_contact: '2024-03-02', owner: 'Alice' },
  { created: '2024-03-05', qualified: true, opportunity: false, first_contact: '2024-03-05', owner: 'Bob' },
  { created: '2024-03-10', qualified: false, opportunity: false, first_contact: '', owner: 'Alice' },
  { created: '2024-03-31', qualified: false, opportunity: false, first_contact: '2024-03-30', owner: 'Bob' },
  { created: '2024-04-01', qualified: true, opportunity: true, first_contact: '2024-04-01', owner: 'Bob' },
  { created: '', qualified: true, opportunity: false, first_contact: '', owner: 'Bob' },
  { created: '2024-03-15', qualified: false, opportunity: false, first_contact: '', owner: 'Bob' },
  { created: '2024-03-16', qualified: false, opportunity: false, first_contact: '', owner: 'Alice' },
];

export const CUSTOMERS: Row[] = [
  { id: 'a', start: '2023-01-10', end: '', mrr: 100, sector: 'Retail' },
  { id: 'b', start: '2023-06-01', end: '2024-03-15', mrr: 200, sector: 'Industrie' },
  { id: 'c', start: '2024-03-05', end: '2024-03-20', mrr: 80, sector: 'Retail' },
  { id: 'd', start: '2024-03-10', end: '', mrr: 50, sector: 'retail' },
  { id: 'e', start: '2023-02-01', end: '2024-02-10', mrr: 90, sector: 'Santé' },
  { id: 'f', start: '2024-01-01', end: '2024-03-01', mrr: 300, sector: '' },
  { id: 'g', start: '', end: '', mrr: 10 },
];

export const ORDERS: Row[] = [
  { date: '2024-03-02', customer: 'X', amount: 100, cost: 60, channel: 'Web' },
  { date: '2024-03-10', customer: 'Y', amount: 300, cost: 200, channel: 'Boutique' },
  { date: '2024-03-20', customer: 'x', amount: 200, cost: 140, channel: 'web' },
  { date: '2024-03-25', customer: 'Z', amount: null, cost: 10, channel: 'Web' },
  { date: '2024-02-15', customer: 'Y', amount: 500, cost: 300, channel: 'Web' },
  { date: '2023-05-01', customer: 'W', amount: 100, cost: 50, channel: 'Web' },
  { date: '2024-03-28', customer: '', amount: 100, cost: 100, channel: 'Boutique' },
];

export const SPEND: Row[] = [
  { date: '2024-03-01', amount: 6000, channel: 'Salon' },
  { date: '2024-03-15', amount: 4000, channel: 'Web' },
  { date: '2024-02-01', amount: 1000, channel: 'Web' },
];

export const ACTIVITIES: Row[] = [
  { date: '2024-03-01', type: 'Email', replied: true, opened: true, bounced: false, owner: 'Alice' },
  { date: '2024-03-02', type: 'E-mail', replied: false, opened: false, bounced: true, owner: 'Alice' },
  { date: '2024-03-03', type: 'email', replied: false, opened: false, bounced: false, owner: 'Bob' },
  { date: '2024-03-04', type: 'Appel', replied: true, opened: false, bounced: false, owner: 'Bob' },
  { date: '2024-03-05', type: 'Rendez-vous', team: true, audience: 'Client', owner: 'Alice' },
  { date: '2024-03-06', type: 'Meeting', team: false, audience: 'Prospect', owner: 'Bob' },
  { date: '2024-03-07', type: 'RDV', team: false, audience: '', owner: 'Bob' },
  { date: '2024-02-20', type: 'Email', replied: false, opened: true, bounced: false, owner: 'Bob' },
];

export const TARGETS: Row[] = [
  { date: '2024-03-01', metric: 'CA', owner: '', target: 5000 },
  { date: '2024-03-01', metric: 'Signatures', owner: '', target: 5 },
  { date: '2024-03-01', metric: 'chiffre d’affaires', owner: 'Alice', target: 2000 },
  { date: '2024-03-01', metric: 'CA', owner: 'Bob', target: 3000 },
  { date: '2024-03-01', metric: 'Foo', owner: '', target: 1 },
  { date: '2024-02-01', metric: 'CA', owner: '', target: 4000 },
];

export const COMPLAINTS: Row[] = [
  { date: '2024-03-05', reason: 'Retard', customer: 'X' },
  { date: '2024-03-21', reason: 'retard', customer: 'Y' },
  { date: '2024-03-22', reason: 'Casse', customer: 'X' },
  { date: '2024-02-01', reason: 'Casse', customer: 'Y' },
];

export const SUBSCRIPTIONS: Row[] = [
  { customer: 'A', plan: 'Pro', amount: 1200, interval: 'year', quantity: 1, start: '2023-11-10', end: '2024-03-10' },
  { customer: 'A', plan: 'Pro', amount: 150, interval: 'month', quantity: 1, start: '2024-03-10' },
  { customer: 'B', plan: 'Starter', amount: 30, interval: 'month', quantity: 3, start: '2024-01-05', end: '2024-03-20' },
  { customer: 'C', mrr: 80, start: '2024-03-02' },
  { customer: 'D', amount: 300, interval: 'quarter', start: '2023-06-01', end: '2023-12-31' },
  { customer: 'D', amount: 300, interval: 'quarter', start: '2024-03-15' },
  { customer: 'E', amount: 50, interval: 'sometimes', start: '2024-02-01' },
];
