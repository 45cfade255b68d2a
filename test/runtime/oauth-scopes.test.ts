// Scopes in the local runtime: a call needs a scope the manifest declares and the user granted (granular consent);
// getAuthorizationInfo reports what is granted and requireScopes asks for the rest.

import { workbookFromArrays } from '../../scripts/runtime';
import { SCOPES } from '../../scripts/runtime/oauth-scopes';
import { loadScript } from './script-fixture';

const SCRIPT = `
function MAIL() { MailApp.sendEmail({ to: 'a@acme.fr', subject: 's', body: 'b' }); return 'sent'; }
function WHO() { return Session.getActiveUser().getEmail(); }
function READ() { return SpreadsheetApp.getActive().getSheetByName('Data').getRange('A1').getValue(); }
function KEY() { return Session.getTemporaryActiveUserKey().length > 0; }
function GRANTED(scopes) { return ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, scopes).getAuthorizedScopes(); }
function STATUS(scopes) { return String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, scopes).getAuthorizationStatus()); }
function ASK_THEN_MAIL() { ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [${JSON.stringify(SCOPES.sendMail)}]); return MAIL(); }
`;

const DEFAULT = [SCOPES.currentOnly, SCOPES.containerUi, SCOPES.scriptApp];
const data = () => workbookFromArrays({ Data: [['a', 1]] });

describe('scopes in the local runtime', () => {
  it('refuses a call whose scope the manifest does not declare, with Google’s message naming the scope', () => {
    const rt = loadScript(SCRIPT, { workbook: data(), oauthScopes: DEFAULT });
    expect(rt.call('READ')).toBe('a');
    expect(rt.call('KEY')).toBe(true);
    expect(() => rt.call('MAIL')).toThrow(`Specified permissions are not sufficient to call MailApp.sendEmail. Required permissions: ${SCOPES.sendMail}`);
    expect(() => rt.call('WHO')).toThrow(SCOPES.email);
  });

  it('refuses a declared scope the user left unticked, and reports it through getAuthorizationInfo', () => {
    const rt = loadScript(SCRIPT, { workbook: data(), oauthScopes: [...DEFAULT, SCOPES.sendMail, SCOPES.email], grantedScopes: [...DEFAULT, SCOPES.email] });
    expect(rt.call('WHO')).toBe('user@example.com');
    expect(() => rt.call('MAIL')).toThrow('Specified permissions are not sufficient to call MailApp.sendEmail');
    expect(rt.call('GRANTED', [SCOPES.sendMail, SCOPES.email])).toEqual([SCOPES.email]);
    expect(rt.call('STATUS', [SCOPES.sendMail])).toBe('REQUIRED');
    expect(rt.call('STATUS', [SCOPES.email])).toBe('NOT_REQUIRED');
  });

  it('requireScopes ends the run with a consent prompt; once granted, the same run goes through', () => {
    const rt = loadScript(SCRIPT, { workbook: data(), oauthScopes: [...DEFAULT, SCOPES.sendMail], grantedScopes: DEFAULT });
    expect(() => rt.call('ASK_THEN_MAIL')).toThrow('Authorization is required to perform that action.');
    expect(rt.ui.consents).toEqual([{ scopes: [SCOPES.sendMail] }]);
    rt.grantScopes([SCOPES.sendMail]);
    expect(rt.call('ASK_THEN_MAIL')).toBe('sent');
    expect(rt.ui.consents).toHaveLength(1);
  });

  it('a scope left unticked is refused while every other declared scope stays granted', () => {
    const rt = loadScript(SCRIPT, { workbook: data(), oauthScopes: [...DEFAULT, SCOPES.sendMail, SCOPES.email] });
    rt.revokeScopes([SCOPES.sendMail]);
    expect(rt.call('WHO')).toBe('user@example.com');
    expect(rt.call('READ')).toBe('a');
    expect(() => rt.call('MAIL')).toThrow('Specified permissions are not sufficient to call MailApp.sendEmail');
    expect(rt.call('GRANTED', [SCOPES.sendMail, SCOPES.email])).toEqual([SCOPES.email]);
  });

  it('cannot grant a scope the manifest does not declare', () => {
    const rt = loadScript(SCRIPT, { workbook: data(), oauthScopes: DEFAULT });
    rt.grantScopes([SCOPES.sendMail]);
    expect(() => rt.call('MAIL')).toThrow('Specified permissions are not sufficient');
  });

  it('enforces nothing for a script without declared scopes (scopes detected from the code)', () => {
    const rt = loadScript(SCRIPT, { workbook: data() });
    expect(rt.call('MAIL')).toBe('sent');
  });
});
