// "Quản trị" (admin only): users, units and kiosks — list, add, disable or revoke — who
// issues and signs the reports, and the audit log.
import { api, errorText } from './api.js';
import { el, clear, table } from './dom.js';
import { t } from './i18n.js';
import * as format from './format.js';
import { kiosksTable } from './today.js';

const ROLES = ['viewer', 'manager', 'admin'];
const KINDS = ['admin', 'health', 'education'];
// centre.json's "report" keys, in the order the document's head and signature print them.
const ISSUER_KEYS = ['superior', 'body', 'body_code', 'place', 'signer_title', 'signer_name'];

// The audit log's action in words; an action this page does not know shows as its code.
function actionLabel(action) {
  const key = `audit.${action}`;
  const text = t(key);
  return text === key ? action : text;
}

function input(name, label, attrs = {}) {
  const id = `admin-${name}`;
  return el('div', { className: 'field' }, el('label', { attrs: { for: id }, text: label }),
    el('input', { attrs: { id, name, required: true, ...attrs } }));
}

function choices(name, label, values, labelOf) {
  const id = `admin-${name}`;
  return el('div', { className: 'field' }, el('label', { attrs: { for: id }, text: label }),
    el('select', { attrs: { id, name } }, values.map((v) => el('option', { text: labelOf(v), attrs: { value: v } }))));
}

// A form that sends its fields as JSON and reports the outcome under itself.
function addForm(id, fields, submit, buttonText = t('admin.add')) {
  const status = el('p', { className: 'form-status', attrs: { role: 'status' } });
  const form = el('form', { className: 'inline-form', attrs: { id },
    on: { submit: async (event) => {
      event.preventDefault();
      const values = Object.fromEntries(new FormData(event.currentTarget).entries());
      status.textContent = '';
      try {
        await submit(values, status);
      } catch (error) {
        status.textContent = errorText(error);
        status.classList.add('error');
      }
    } } }, fields, el('button', { attrs: { type: 'submit' }, text: buttonText }));
  return [form, status];
}

function actionButton(label, confirmText, action) {
  return el('button', { attrs: { type: 'button' }, className: 'small danger', text: label,
    on: { click: async () => { if (window.confirm(confirmText)) await action(); } } });
}

export async function renderAdmin(container, { hasRole, showLoadError }) {
  const reload = () => renderAdmin(container, { hasRole, showLoadError });
  if (!hasRole('admin')) {
    clear(container);
    return;
  }
  let users;
  let units;
  let kiosks;
  let audit;
  let issuer;
  try {
    [users, units, kiosks, audit, issuer] = await Promise.all([
      api.get('/api/v1/users'), api.get('/api/v1/units'), api.get('/api/v1/kiosks'),
      api.get('/api/v1/audit?limit=200'), api.get('/api/v1/settings/report'),
    ]);
  } catch (error) {
    showLoadError(container, error, reload);
    return;
  }

  const userTable = table([
    { label: t('col.user'), value: (u) => u.name },
    { label: t('col.role'), value: (u) => t(`role.${u.role}`) },
    { label: t('col.state'), value: (u) => (u.disabled ? t('admin.disabled') : t('admin.active')) },
    { label: t('col.actions'), value: (u) => (u.disabled ? '' : actionButton(t('admin.disable'),
      t('admin.confirm_disable', { name: u.name }),
      async () => { await api.post(`/api/v1/users/${encodeURIComponent(u.name)}/disable`); reload(); })) },
  ], users.users || []);
  const [userForm, userStatus] = addForm('add-user', [
    input('name', t('admin.user.name'), { autocomplete: 'off' }),
    choices('role', t('col.role'), ROLES, (r) => t(`role.${r}`)),
    input('password', t('admin.user.password'), { type: 'password', minlength: 10, autocomplete: 'new-password' }),
  ], async (values) => { await api.post('/api/v1/users', values); reload(); });

  const unitTable = table([
    { label: t('col.id'), value: (u) => u.id },
    { label: t('col.name'), value: (u) => u.name },
    { label: t('col.kind'), value: (u) => t(`admin.kind.${u.kind}`) },
  ], units.units || []);
  const [unitForm, unitStatus] = addForm('add-unit', [
    input('id', t('admin.unit.id')),
    input('name', t('admin.unit.name')),
    choices('kind', t('col.kind'), KINDS, (k) => t(`admin.kind.${k}`)),
  ], async (values) => { await api.post('/api/v1/units', values); reload(); });

  const kioskTable = kiosksTable(kiosks.kiosks || [], [{
    label: t('col.actions'),
    value: (k) => (k.revoked ? '' : actionButton(t('admin.revoke'), t('admin.confirm_revoke', { id: k.id }),
      async () => { await api.post(`/api/v1/kiosks/${encodeURIComponent(k.id)}/revoke`); reload(); })),
  }]);
  const [kioskForm, kioskStatus] = addForm('add-kiosk', [
    input('id', t('admin.kiosk.id')),
    choices('unit', t('col.unit'), (units.units || []).map((u) => u.id), (id) => id),
    input('counter', t('col.counter'), { required: false }),
  ], async (values, status) => {
    const enrolled = await api.post('/api/v1/kiosks', values);
    // The token exists only in this answer: show it until the admin leaves the page.
    status.replaceChildren(el('span', { text: t('admin.kiosk.token', { id: enrolled.id }) }),
      el('code', { className: 'token', text: enrolled.token }));
    if (enrolled.enrol_command) status.append(enrolmentBlock(enrolled));
  });

  // Empty fields print the defaults, shown as placeholders.
  const [issuerForm, issuerStatus] = addForm('report-issuer', ISSUER_KEYS.map((key) => input(key,
    t(`admin.issuer.${key}`), { required: false, value: issuer[key], placeholder: issuer.defaults[key],
      maxlength: key === 'body_code' ? 20 : 120 })),
  async (values, status) => {
    await api.put('/api/v1/settings/report', values);
    status.classList.remove('error');
    status.textContent = t('admin.done');
  }, t('admin.save'));

  const auditTable = table([
    { label: t('col.at'), value: (e) => format.dateTime(e.at) },
    { label: t('col.user'), value: (e) => e.user || '—' },
    { label: t('col.action'), value: (e) => actionLabel(e.action) },
    { label: t('col.target_obj'), value: (e) => e.target || '' },
    { label: t('col.result_ok'), value: (e) => (e.ok ? '✔' : '✖') },
  ], audit.entries || [], { emptyText: t('none') });

  clear(container).append(
    el('section', { className: 'card' }, el('h2', { text: t('admin.users') }), userTable, userForm, userStatus),
    el('section', { className: 'card' }, el('h2', { text: t('admin.units') }), unitTable, unitForm, unitStatus),
    el('section', { className: 'card' }, el('h2', { text: t('admin.kiosks') }), kioskTable, kioskForm, kioskStatus),
    el('section', { className: 'card' }, el('h2', { text: t('admin.issuer') }),
      el('p', { className: 'hint', text: t('admin.issuer.hint') }), issuerForm, issuerStatus),
    el('section', { className: 'card' }, el('h2', { text: t('admin.audit') }), auditTable));
}

// The one line that sets up the kiosk, as text with a copy button and as a QR code (an SVG from
// the server, shown through a data: URL, which the page's CSP allows for images).
function enrolmentBlock(enrolled) {
  const command = el('code', { className: 'enrol-command', text: enrolled.enrol_command });
  const copied = el('span', { attrs: { role: 'status' } });
  const copy = el('button', { text: t('admin.kiosk.copy'), attrs: { type: 'button' } });
  copy.addEventListener('click', async () => {
    await navigator.clipboard.writeText(enrolled.enrol_command);
    copied.textContent = t('admin.kiosk.copied');
  });
  const block = el('div', { className: 'enrolment' },
    el('p', { text: t('admin.kiosk.enrol') }), command, copy, copied);
  if (enrolled.enrol_qr_svg) {
    block.append(el('img', {
      className: 'enrol-qr',
      attrs: {
        src: `data:image/svg+xml;base64,${btoa(enrolled.enrol_qr_svg)}`,
        alt: t('admin.kiosk.qr'),
        width: '256',
        height: '256',
      },
    }));
  }
  return block;
}
