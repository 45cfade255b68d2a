// The digest dialog's page: on/off, recipients, a preview of exactly what the team receives, a test send to oneself.
// Built as one string (values escaped; the preview in a sandboxed frame, so nothing from the workbook can run).

import { t } from '../i18n';
import type { Lang } from '../model/settings';
import type { DigestSettings } from './settings';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The client's few lines: save and test through google.script.run, the answer shown under the buttons. */
const CLIENT = `
function answer(ok) { return function (message) { var n = document.getElementById('note'); n.textContent = String(message && message.message || message); n.className = ok ? 'ok' : 'bad'; }; }
function save() { google.script.run.withSuccessHandler(answer(true)).withFailureHandler(answer(false)).saveDigestSettings(document.getElementById('on').checked, document.getElementById('to').value); }
function test() { google.script.run.withSuccessHandler(answer(true)).withFailureHandler(answer(false)).sendDigestTest(); }
`;

export function digestDialogHtml(lang: Lang, settings: DigestSettings, previewHtml: string | null, previewNote: string): string {
  const recipients = settings.recipients.map((r) => `${r.email} ${r.lang}`).join('\n');
  const preview = previewHtml
    ? `<iframe title="${esc(t(lang, 'digest_dialog_preview'))}" sandbox="" srcdoc="${esc(previewHtml)}"></iframe>`
    : `<p>${esc(previewNote)}</p>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><base target="_top">
<style>body{font:14px Arial,Helvetica,sans-serif;color:#202124;margin:0 8px}label{display:block;margin:8px 0 4px}textarea{width:100%;height:90px;font:13px monospace}
iframe{width:100%;height:380px;border:1px solid #e0e3e7;border-radius:6px}button{margin:8px 8px 8px 0;padding:6px 14px}.ok{color:#137333}.bad{color:#b3261e}</style></head>
<body>
<label><input type="checkbox" id="on"${settings.enabled ? ' checked' : ''}> ${esc(t(lang, 'digest_dialog_enabled'))}</label>
<label for="to">${esc(t(lang, 'digest_dialog_recipients'))}</label>
<textarea id="to" spellcheck="false">${esc(recipients)}</textarea>
<div><button onclick="save()">${esc(t(lang, 'digest_dialog_save'))}</button><button onclick="test()">${esc(t(lang, 'digest_dialog_test'))}</button><span id="note" role="status"></span></div>
<h3>${esc(t(lang, 'digest_dialog_preview'))}</h3>
${preview}
<script>${CLIENT}</script>
</body></html>`;
}
