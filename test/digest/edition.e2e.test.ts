// The digest edition over its built bundle: after a generated dashboard, the team gets the month by e-mail (recorded
// by the local MailApp), in each recipient's language, with the tab's own numbers; off, short of quota or failing, no
// e-mail and the dashboard still made.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayValue } from '../../scripts/runtime/display-format';
import { mailState } from '../../scripts/runtime/mail-app';
import { createRuntime, emptyWorkbook, type Runtime, type Workbook } from '../../scripts/runtime/index';
import { DIGEST_PROPERTY_KEY } from '../../src/digest/settings';

const root = join(__dirname, '..', '..');
const BUNDLE = join(root, 'dist-digest', 'Code.js');
/** 2 April 2024, 08:00 in Paris: "last month" is March 2024. */
const NOW = new Date('2024-04-02T06:00:00Z');

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--edition', 'digest'], { cwd: root, stdio: 'pipe' });
}, 120000);

function sampleWorkbook(locale = 'fr_FR'): { runtime: Runtime; workbook: Workbook } {
  const workbook = emptyWorkbook({ locale, timeZone: 'Europe/Paris' });
  const runtime = createRuntime({ workbook, now: NOW, userEmail: 'manager@acme.fr' }).load(BUNDLE);
  runtime.call('insertSampleDataWith_', { today: '2024-04-02' });
  return { runtime, workbook };
}

function setDigest(runtime: Runtime, value: unknown): void {
  runtime.state.properties.document.set(DIGEST_PROPERTY_KEY, JSON.stringify(value));
}

const TEAM = { enabled: true, recipients: [{ email: 'alice@acme.fr', lang: 'fr' }, { email: 'bob@acme.com', lang: 'en' }, { email: 'chloe@acme.fr', lang: 'fr' }] };

function runLog(runtime: Runtime): { outcome: string; message?: string }[] {
  const entries: { outcome: string; message?: string }[] = [];
  for (const [key, value] of runtime.state.properties.document) {
    if (!key.startsWith('salesKpi.run')) continue;
    const parsed = JSON.parse(value);
    entries.push(...(Array.isArray(parsed) ? parsed : [parsed]));
  }
  return entries;
}

describe('the e-mail digest', () => {
  test('is sent after generation, one message per language, with the tab’s own figures and a link to the tab', () => {
    const { runtime, workbook } = sampleWorkbook();
    setDigest(runtime, TEAM);
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts).toEqual([]);
    const tab = workbook.sheets.find((s) => s.name === 'KPI mars 2024');
    expect(tab).toBeDefined();
    const sent = mailState(workbook).sent;
    expect(sent.map((m) => m.to)).toEqual(['alice@acme.fr,chloe@acme.fr', 'bob@acme.com']);
    const [fr, en] = sent;
    expect(fr.subject).toContain('mars 2024');
    expect(en.subject).toContain('March 2024');
    expect(fr.htmlBody).toContain(`#gid=${tab!.id}`);
    expect(fr.body).toContain(`#gid=${tab!.id}`);
    // Every figure of the French e-mail's headline is a value the tab displays (same number, same rounding).
    const shown = new Set<string>();
    tab!.values.forEach((row, r) => {
      row.forEach((v, c) => {
        // Spaces aside (Sheets and the e-mail may put a narrow one before % or €): same digits, same rounding.
        shown.add(displayValue(v, tab!.numberFormats[r]?.[c] ?? '', 'fr_FR', 'Europe/Paris').replace(/\s/g, ''));
      });
    });
    // The plain-text part: title, intro, a blank line, then each headline tile as `label: value` and its comparisons.
    const headline = fr.body.split('\n').slice(3).filter((l) => /^\S[^:]*: \S/.test(l)).slice(0, 5);
    expect(headline).toHaveLength(5);
    for (const line of headline) {
      const figure = line.slice(line.indexOf(': ') + 2).replace(/\s/g, '');
      expect([figure, shown.has(figure)]).toEqual([figure, true]);
    }
    const changes = fr.body.split('\n').filter((l) => /^ {2}[▲▼▶]/.test(l)).map((l) => l.trim().split(' ').slice(0, 2).join('').replace(/\s/g, ''));
    expect(changes.length).toBeGreaterThanOrEqual(15);
    for (const change of changes) expect([change, shown.has(change)]).toEqual([change, true]);
    expect(en.body).toContain('Biggest');
    expect(fr.htmlBody).toContain('Plus fortes');
  });

  test('sends nothing when off, and nothing when today’s quota is short (logged, dashboard made)', () => {
    const off = sampleWorkbook();
    setDigest(off.runtime, { ...TEAM, enabled: false });
    off.runtime.call('generateLastMonthDashboard');
    expect(mailState(off.workbook).sent).toEqual([]);

    const short = sampleWorkbook();
    setDigest(short.runtime, TEAM);
    mailState(short.workbook).quota = 2;
    short.runtime.call('generateLastMonthDashboard');
    expect(short.workbook.sheets.map((s) => s.name)).toContain('KPI mars 2024');
    expect(mailState(short.workbook).sent).toEqual([]);
    expect(runLog(short.runtime).find((e) => e.outcome === 'mail_error')?.message).toContain('il en faut 3');
  });

  test('a mail failure leaves the dashboard generated and the failure in the run log', () => {
    const { runtime, workbook } = sampleWorkbook('en_US');
    setDigest(runtime, TEAM);
    mailState(workbook).failure = 'Service unavailable: Gmail';
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts).toEqual([]);
    expect(workbook.sheets.map((s) => s.name)).toContain('KPI March 2024');
    const entries = runLog(runtime);
    expect(entries.find((e) => e.outcome === 'ok')).toBeDefined();
    expect(entries.find((e) => e.outcome === 'mail_error')?.message).toBe('Digest not sent: Service unavailable: Gmail');
  });

  test('hostile cell contents stay inert in the e-mail', () => {
    const { runtime, workbook } = sampleWorkbook('en_US');
    const deals = workbook.sheets.find((s) => /deal/i.test(s.name))!;
    deals.name = '<img src=x onerror=alert(1)>';
    const config = JSON.parse(runtime.state.properties.document.get('salesKpi.config')!);
    for (const m of Object.values(config.entities) as { sheet: string }[]) if (/deal/i.test(m.sheet)) m.sheet = deals.name;
    runtime.state.properties.document.set('salesKpi.config', JSON.stringify(config));
    setDigest(runtime, TEAM);
    runtime.call('generateLastMonthDashboard');
    const html = mailState(workbook).sent.map((m) => m.htmlBody ?? '').join('\n');
    expect(html.length).toBeGreaterThan(1000);
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<script|onerror=alert\(1\)>/);
  });

  test('the dialog previews the digest in a sandboxed frame; settings are validated; a test goes to oneself', () => {
    const { runtime, workbook } = sampleWorkbook('en_US');
    runtime.call('generateLastMonthDashboard');
    runtime.call('showDigestDialog');
    const dialog = runtime.ui.dialogs[0];
    expect(dialog.html).toContain('<iframe title="Preview of what the team will receive" sandbox="" srcdoc="');
    expect(dialog.html).toContain('KPI March 2024');
    expect(() => runtime.call('saveDigestSettings', true, 'not-an-address fr')).toThrow('"not-an-address" is not an e-mail address.');
    expect(runtime.call('saveDigestSettings', true, 'alice@acme.fr fr\nbob@acme.com')).toBe('Digest settings saved.');
    expect(JSON.parse(runtime.state.properties.document.get(DIGEST_PROPERTY_KEY)!)).toEqual({
      enabled: true,
      recipients: [{ email: 'alice@acme.fr', lang: 'fr' }, { email: 'bob@acme.com', lang: 'en' }],
    });
    const many = Array.from({ length: 51 }, (_, i) => `p${i}@acme.fr`).join('\n');
    expect(() => runtime.call('saveDigestSettings', true, many)).toThrow('51 recipients: 50 at most.');
    expect(runtime.call('sendDigestTest')).toBe('A test was sent to manager@acme.fr.');
    expect(mailState(workbook).sent.map((m) => m.to)).toEqual(['manager@acme.fr']);
  });

  describe('granular consent: a user who left “Send email as you” unticked', () => {
    const MAIL = 'https://www.googleapis.com/auth/script.send_mail';
    const withoutMail = (runtime: Runtime) => runtime.revokeScopes([MAIL]);

    test('still gets the dashboard; the digest is not sent and the run log says what to do', () => {
      const { runtime, workbook } = sampleWorkbook('en_US');
      setDigest(runtime, TEAM);
      withoutMail(runtime);
      runtime.call('generateLastMonthDashboard');
      expect(workbook.sheets.some((s) => s.name === 'KPI March 2024')).toBe(true);
      expect(mailState(workbook).sent).toEqual([]);
      expect(runLog(runtime).slice(-1)[0]).toMatchObject({ outcome: 'mail_error', message: expect.stringContaining('Sales KPI is not allowed to send e-mail for you. Choose Extensions › Sales KPI › E-mail digest…') });
    });

    test('is asked for the scope when opening the digest (a menu run), and only then; saving “on” or a test send is refused meanwhile', () => {
      const { runtime, workbook } = sampleWorkbook('fr_FR');
      runtime.call('generateLastMonthDashboard');
      withoutMail(runtime);
      expect(() => runtime.call('saveDigestSettings', true, 'alice@acme.fr fr')).toThrow('n’a pas votre autorisation d’envoyer des e-mails');
      expect(runtime.call('saveDigestSettings', false, 'alice@acme.fr fr')).toBe('Réglages du résumé enregistrés.');
      expect(() => runtime.call('sendDigestTest')).toThrow('n’a pas votre autorisation');
      expect(runtime.ui.consents).toEqual([]);
      expect(() => runtime.call('showDigestDialog')).toThrow('Authorization is required');
      expect(runtime.ui.consents).toEqual([{ scopes: [MAIL] }]);
      expect(runtime.ui.dialogs).toEqual([]);
      runtime.grantScopes([MAIL]);
      runtime.call('showDigestDialog');
      expect(runtime.ui.dialogs).toHaveLength(1);
      expect(runtime.call('sendDigestTest')).toContain('manager@acme.fr');
      expect(mailState(workbook).sent).toHaveLength(1);
    });
  });

  test('only the editions that send mail ask for the scope; the default build never names MailApp', () => {
    const manifest = (dir: string) => JSON.parse(readFileSync(join(root, dir, 'appsscript.json'), 'utf8')).oauthScopes as string[];
    expect(manifest('dist-digest')).toContain('https://www.googleapis.com/auth/script.send_mail');
    expect(JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')).oauthScopes).not.toContain('https://www.googleapis.com/auth/script.send_mail');
    expect(readFileSync(join(root, 'dist', 'Code.js'), 'utf8')).not.toContain('MailApp');
  });
});
