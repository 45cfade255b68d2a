// The sample generator is deterministic, realistic (rates in range, 24 months, every sheet) and scales.

import { dayFromCivil, firstDayOfMonth, monthOfDay } from '../../src/model/days';
import { generateSample, SAMPLE_TODAY } from '../../src/sample/generate';
import type { SampleSheet, SampleWorkbook } from '../../src/sample/layout';

const fr = generateSample({ today: SAMPLE_TODAY, seed: 7, lang: 'fr' });
const sheet = (wb: SampleWorkbook, entity: string): SampleSheet => {
  const s = wb.sheets.find((x) => x.entity === entity);
  if (!s) throw new Error(`no ${entity}`);
  return s;
};
const col = (s: SampleSheet, field: string): number => s.fields.indexOf(field);

describe('the sample generator', () => {
  it('gives the same cells for the same seed and different cells for another seed', () => {
    const again = generateSample({ today: SAMPLE_TODAY, seed: 7, lang: 'fr' });
    expect(again).toEqual(fr);
    const other = generateSample({ today: SAMPLE_TODAY, seed: 8, lang: 'fr' });
    expect(sheet(other, 'deals').rows).not.toEqual(sheet(fr, 'deals').rows);
  });

  it('covers the 24 months ending with the last complete month before today', () => {
    expect(fr.lastMonth).toBe(2026 * 12 + 9); // October 2026
    expect(fr.firstMonth).toBe(2024 * 12 + 10); // November 2024
    const leads = sheet(fr, 'leads');
    const days = leads.rows.map((r) => r[0]).filter((v): v is number => typeof v === 'number');
    const months = new Set(days.map(monthOfDay));
    expect(months.size).toBe(24);
    expect(Math.max(...days)).toBeLessThan(dayFromCivil(2026, 11, 1));
    expect(Math.min(...days)).toBeGreaterThanOrEqual(firstDayOfMonth(fr.firstMonth));
  });

  it('ends with the month before today when today is mid-month', () => {
    const wb = generateSample({ today: dayFromCivil(2025, 3, 17), months: 12, dealsPerMonth: 5 });
    expect(wb.lastMonth).toBe(2025 * 12 + 1);
    expect(wb.firstMonth).toBe(2024 * 12 + 2);
  });

  it('writes every sheet with the French headers', () => {
    expect(fr.sheets.map((s) => s.name)).toEqual(['Leads', 'Affaires', 'Clients', 'Commandes', 'Activités', 'Dépenses', 'Objectifs', 'Réclamations', 'Abonnements']);
    expect(sheet(fr, 'leads').headers).toEqual(['Date de création', 'Source', 'Commercial', 'Secteur', 'Qualifié', 'Opportunité', 'Premier contact']);
    expect(sheet(fr, 'deals').headers).toEqual([
      'Identifiant', 'Date de création', 'Date de clôture', 'Étape', 'Montant HT', 'Commercial', 'Source', 'Secteur', 'Produit', 'Client',
      'Motif de perte', 'Devis envoyé le',
    ]);
    expect(sheet(fr, 'customers').headers).toEqual(['Identifiant', 'Début', 'Fin', 'Revenu mensuel', 'Commercial', 'Source', 'Secteur']);
    expect(sheet(fr, 'orders').headers).toEqual(['Numéro', 'Date', 'Client', 'Montant HT', 'Coût', 'Produit', 'Commercial', 'Canal']);
    expect(sheet(fr, 'activities').headers).toEqual(['Date', 'Type', 'Commercial', 'Réponse', 'Ouvert', 'Rejeté', 'En équipe', 'Interlocuteur']);
    expect(sheet(fr, 'spend').headers).toEqual(['Mois', 'Montant', 'Canal']);
    expect(sheet(fr, 'targets').headers).toEqual(['Mois', 'Indicateur', 'Commercial', 'Objectif']);
    expect(sheet(fr, 'complaints').headers).toEqual(['Date', 'Client', 'Commande', 'Motif']);
    for (const s of fr.sheets) expect(s.rows.length).toBeGreaterThan(20);
  });

  it('has 4 to 6 reps and a win rate between 25 % and 35 %', () => {
    const deals = sheet(fr, 'deals');
    const reps = new Set(deals.rows.map((r) => r[col(deals, 'owner')]).filter((v) => v !== ''));
    expect(reps.size).toBeGreaterThanOrEqual(4);
    expect(reps.size).toBeLessThanOrEqual(6);
    const stages = deals.rows.map((r) => r[col(deals, 'stage')]);
    const won = stages.filter((s) => s === 'Gagné').length;
    const lost = stages.filter((s) => s === 'Perdu').length;
    expect(won / (won + lost)).toBeGreaterThan(0.25);
    expect(won / (won + lost)).toBeLessThan(0.35);
    expect(stages.some((s) => s === 'Négociation' || s === 'En cours' || s === 'Proposition')).toBe(true);
  });

  it('closes deals after they are created, with lost reasons on most lost deals only', () => {
    const deals = sheet(fr, 'deals');
    let lost = 0;
    let withReason = 0;
    for (const r of deals.rows) {
      if (r[0] === '') continue;
      const closed = r[col(deals, 'closed')];
      if (typeof closed === 'number') expect(closed).toBeGreaterThan(r[col(deals, 'created')] as number);
      if (r[col(deals, 'stage')] === 'Perdu') {
        lost++;
        if (r[col(deals, 'lost_reason')] !== '') withReason++;
      } else expect(r[col(deals, 'lost_reason')]).toBe('');
    }
    expect(withReason / lost).toBeGreaterThan(0.85);
  });

  it('churns 2 % to 4 % of active customers a month on average', () => {
    const customers = sheet(fr, 'customers');
    const ratios: number[] = [];
    for (let m = fr.firstMonth; m <= fr.lastMonth; m++) {
      const start = firstDayOfMonth(m);
      const end = firstDayOfMonth(m + 1);
      let active = 0;
      let churned = 0;
      for (const r of customers.rows) {
        const s = r[1] as number;
        const e = r[2];
        if (s < start && (e === '' || (e as number) >= start)) {
          active++;
          if (e !== '' && (e as number) < end) churned++;
        }
      }
      ratios.push(churned / active);
    }
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(mean).toBeGreaterThan(0.02);
    expect(mean).toBeLessThan(0.04);
  });

  it('is seasonal: fewer deals are created in August than in September', () => {
    const deals = sheet(fr, 'deals');
    const byCalendarMonth = new Array(12).fill(0);
    for (const r of deals.rows) if (typeof r[1] === 'number') byCalendarMonth[monthOfDay(r[1]) % 12]++;
    expect(byCalendarMonth[7]).toBeLessThan(byCalendarMonth[8] * 0.75);
  });

  it('has the warts of a real export: amounts typed as text and blank rows', () => {
    const deals = sheet(fr, 'deals');
    const amounts = deals.rows.map((r) => r[col(deals, 'amount')]);
    expect(amounts.filter((a) => typeof a === 'string' && a !== '')).toEqual(['à confirmer', '12 5OO €']);
    expect(deals.rows.filter((r) => r.every((v) => v === ''))).toHaveLength(1);
    expect(sheet(fr, 'leads').rows.filter((r) => r.every((v) => v === ''))).toHaveLength(1);
  });

  it('gives English headers and stages in English', () => {
    const en = generateSample({ today: SAMPLE_TODAY, lang: 'en', dealsPerMonth: 10 });
    expect(en.sheets.map((s) => s.name)).toEqual(['Leads', 'Deals', 'Customers', 'Orders', 'Activities', 'Spend', 'Targets', 'Complaints', 'Subscriptions']);
    expect(sheet(en, 'deals').headers.slice(0, 5)).toEqual(['ID', 'Created date', 'Close date', 'Stage', 'Amount']);
    expect(new Set(sheet(en, 'deals').rows.map((r) => r[3]))).toContain('Closed Won');
  });

  it('scales to more than 100,000 deals (its speed is measured by npm run bench, not here)', () => {
    const big = generateSample({ today: SAMPLE_TODAY, dealsPerMonth: 4300 });
    expect(sheet(big, 'deals').rows.length).toBeGreaterThan(100000);
  }, 300000);
});
