// "Hồ sơ" (manager, admin): staff type or scan a dossier code and get its rating link — the QR
// code, the address, whether it is still open — to print or download for the citizen.
import { api, errorText } from './api.js';
import { el, clear } from './dom.js';
import { t } from './i18n.js';
import * as format from './format.js';

function linkRoute(code, kind) {
  return `/api/v1/dossiers/${encodeURIComponent(code)}/rating-link?format=${kind}`;
}

function linkState(link) {
  if (link.used) return el('span', { className: 'badge none', text: `✔ ${t('qr.used')}` });
  if (new Date(link.expires_at) <= new Date()) return el('span', { className: 'badge none', text: `✖ ${t('qr.expired')}` });
  return el('span', { className: 'badge met', text: `● ${t('qr.open')}` });
}

// The code as part of a file name: anything but letters, digits, dot and dash becomes a dash.
function fileName(code) {
  return `ma-qr-ho-so-${code.replace(/[^A-Za-z0-9.-]+/g, '-')}.png`;
}

// Only the QR card goes to paper: the page marks itself while the print dialog is open.
function printCard() {
  document.body.classList.add('printing-qr');
  window.addEventListener('afterprint', () => document.body.classList.remove('printing-qr'), { once: true });
  window.print();
}

function linkCard(link) {
  return el('section', { className: 'card qr-result', attrs: { id: 'dossier-qr-result' } },
    el('div', { className: 'qr-layout' },
      el('img', { className: 'qr-image', attrs: {
        src: linkRoute(link.code, 'svg'), alt: t('qr.alt', { code: link.code }), width: 240, height: 240 } }),
      el('div', { className: 'qr-details' },
        el('p', { className: 'qr-caption', text: t('qr.caption', { code: link.code }) }),
        el('dl', { className: 'qr-facts' },
          el('dt', { text: t('qr.code') }), el('dd', { attrs: { id: 'dossier-qr-code' }, text: link.code }),
          el('dt', { text: t('qr.link') }),
          // Text to copy into a message, not a link: staff opening it could rate in the citizen's place.
          el('dd', { className: 'qr-url', attrs: { id: 'dossier-qr-url' }, text: link.rating_url }),
          el('dt', { text: t('qr.expires') }), el('dd', { attrs: { id: 'dossier-qr-expires' }, text: format.dateTime(link.expires_at) }),
          // Whether it was used is for staff, not for the citizen's paper.
          el('dt', { className: 'no-print', text: t('qr.state') }),
          el('dd', { className: 'no-print', attrs: { id: 'dossier-qr-state' } }, linkState(link))),
        el('div', { className: 'button-row no-print' },
          el('a', { className: 'button', text: `⬇ ${t('qr.png')}`,
            attrs: { id: 'dossier-qr-png', href: linkRoute(link.code, 'png'), download: fileName(link.code) } }),
          el('button', { className: 'secondary', text: t('qr.print'), attrs: { type: 'button', id: 'dossier-qr-print' },
            on: { click: printCard } })))));
}

export function renderDossiers(container) {
  const status = el('p', { className: 'form-status error', attrs: { id: 'dossier-qr-error', role: 'alert' } });
  const result = el('div', { attrs: { id: 'dossier-qr-slot' } });
  const code = el('input', { attrs: {
    id: 'dossier-qr-input', name: 'code', required: true, autocomplete: 'off', spellcheck: 'false' } });
  let latestRequest = 0;
  const form = el('form', { className: 'inline-form no-print', on: { submit: async (event) => {
    event.preventDefault();
    const wanted = code.value.trim();
    if (!wanted) return;
    const request = ++latestRequest;
    status.textContent = '';
    try {
      const link = await api.get(linkRoute(wanted, 'json'));
      if (request !== latestRequest) return;
      clear(result).append(linkCard(link));
    } catch (error) {
      if (request !== latestRequest) return;
      // No QR of an earlier dossier may stay beside the error: it could be printed for this one.
      clear(result);
      status.textContent = errorText(error);
    }
    // Selected, the next scan replaces the code.
    code.select();
  } } },
  el('label', { attrs: { for: 'dossier-qr-input' } }, el('span', { text: t('qr.code') }), code),
  el('button', { attrs: { type: 'submit' }, text: t('qr.show') }));
  clear(container).append(
    el('section', { className: 'card no-print' }, el('h2', { text: t('qr.title') }),
      el('p', { className: 'hint', text: t('qr.hint') }), form, status),
    result);
  code.focus();
}
