// "Quản trị" (admin only): users, units, the staff register and kiosks — list, add, disable or
// revoke, and undo a
// mistake (enable a user, set a password, rename or remove an unused unit) — the surveys the
// units show (read only: a centre adds one with `survey add`), who issues and signs the
// reports, and the audit log.
import { api, errorText } from './api.js';
import { el, clear, table } from './dom.js';
import { t, currentLanguage } from './i18n.js';
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

// Who did it: a staff user, or the server's command line.
function actorLabel(user) {
  if (!user) return '—';
  return user === 'cli' ? t('audit.by_cli') : user;
}

// What it was done to. A backup or restore names a file on the server and init its data folder:
// the file's name is enough, the folder says nothing to staff.
function targetLabel(entry) {
  if (entry.action === 'init') return '';
  if (entry.action === 'backup' || entry.action === 'restore') return (entry.target || '').split('/').pop();
  return entry.target || '';
}

// Ids carry the form's id: the user, unit and kiosk forms each have a "name" or "id" field.
function input(form, name, label, attrs = {}) {
  const id = `${form}-${name}`;
  return el('div', { className: 'field' }, el('label', { attrs: { for: id }, text: label }),
    el('input', { attrs: { id, name, required: true, ...attrs } }));
}

function choices(form, name, label, values, labelOf) {
  const id = `${form}-${name}`;
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

// A button that asks first (unless `confirmText` is empty) and reports a refusal in `status`.
function actionButton(label, confirmText, action, status, className = 'small danger') {
  return el('button', { attrs: { type: 'button' }, className, text: label,
    on: { click: async () => {
      if (confirmText && !window.confirm(confirmText)) return;
      try {
        await action();
      } catch (error) {
        status.textContent = errorText(error);
        status.classList.add('error');
      }
    } } });
}

export async function renderAdmin(container, { hasRole, showLoadError, session }, enrolled = null) {
  const reload = (justEnrolled = null) => renderAdmin(container, { hasRole, showLoadError, session }, justEnrolled);
  if (!hasRole('admin')) {
    clear(container);
    return;
  }
  let users;
  let units;
  let kiosks;
  let audit;
  let issuer;
  let surveys;
  let staff;
  try {
    [users, units, kiosks, audit, issuer, surveys, staff] = await Promise.all([
      api.get('/api/v1/users'), api.get('/api/v1/units'), api.get('/api/v1/kiosks'),
      api.get('/api/v1/audit?limit=200'), api.get('/api/v1/settings/report'),
      api.get('/api/v1/surveys'), api.get('/api/v1/staff'),
    ]);
  } catch (error) {
    showLoadError(container, error, reload);
    return;
  }

  const userStatus = el('p', { className: 'form-status', attrs: { role: 'status' } });
  const userPath = (u, action) => `/api/v1/users/${encodeURIComponent(u.name)}/${action}`;
  const userActions = (u) => {
    // One's own account is never offered "Khóa": the server refuses it, and it would lock the
    // admin out.
    if (u.name === session?.user) return el('span', { className: 'note', text: t('admin.you') });
    return el('div', { className: 'button-row' },
      u.disabled
        ? actionButton(t('admin.enable'), '', async () => { await api.post(userPath(u, 'enable')); reload(); },
          userStatus, 'small secondary')
        : actionButton(t('admin.disable'), t('admin.confirm_disable', { name: u.name }),
          async () => { await api.post(userPath(u, 'disable')); reload(); }, userStatus),
      actionButton(t('admin.set_password'), '', async () => {
        const password = window.prompt(t('admin.new_password', { name: u.name }));
        if (!password) return;
        await api.post(userPath(u, 'password'), { password });
        userStatus.classList.remove('error');
        userStatus.textContent = t('admin.password_set', { name: u.name });
      }, userStatus, 'small secondary'));
  };
  const userTable = table([
    { label: t('col.user'), value: (u) => u.name },
    { label: t('col.role'), value: (u) => t(`role.${u.role}`) },
    { label: t('col.state'), value: (u) => (u.disabled ? t('admin.disabled') : t('admin.active')) },
    { label: t('col.actions'), value: userActions },
  ], users.users || []);
  const [userForm, userFormStatus] = addForm('add-user', [
    input('add-user', 'name', t('admin.user.name'), { autocomplete: 'off' }),
    choices('add-user', 'role', t('col.role'), ROLES, (r) => t(`role.${r}`)),
    input('add-user', 'password', t('admin.user.password'), { type: 'password', minlength: 10, autocomplete: 'new-password' }),
  ], async (values) => { await api.post('/api/v1/users', values); reload(); });

  const unitStatus = el('p', { className: 'form-status', attrs: { role: 'status' } });
  const unitPath = (u) => `/api/v1/units/${encodeURIComponent(u.id)}`;
  const unitTable = table([
    { label: t('col.id'), value: (u) => u.id },
    { label: t('col.name'), value: (u) => u.name },
    { label: t('col.kind'), value: (u) => t(`admin.kind.${u.kind}`) },
    { label: t('col.actions'), value: (u) => el('div', { className: 'button-row' },
      actionButton(t('admin.rename'), '', async () => {
        const name = window.prompt(t('admin.new_unit_name', { id: u.id }), u.name);
        if (name === null || name === u.name) return;
        await api.patch(unitPath(u), { name });
        reload();
      }, unitStatus, 'small secondary'),
      actionButton(t('admin.remove'), t('admin.confirm_remove_unit', { id: u.id }),
        async () => { await api.delete(unitPath(u)); reload(); }, unitStatus)) },
  ], units.units || []);
  const [unitForm, unitFormStatus] = addForm('add-unit', [
    input('add-unit', 'id', t('admin.unit.id')),
    input('add-unit', 'name', t('admin.unit.name')),
    choices('add-unit', 'kind', t('col.kind'), KINDS, (k) => t(`admin.kind.${k}`)),
  ], async (values) => { await api.post('/api/v1/units', values); reload(); });

  const staffTable = table([
    { label: t('admin.staff.code'), value: (m) => m.code },
    { label: t('admin.staff.name'), value: (m) => m.name || '' },
    { label: t('col.unit'), value: (m) => m.unit_name || m.unit },
    { label: t('col.counter'), value: (m) => m.counter || '—' },
  ], staff.staff || [], { emptyText: t('none') });
  const [staffForm, staffFormStatus] = addForm('add-staff', [
    input('add-staff', 'code', t('admin.staff.code'), { autocomplete: 'off', maxlength: 64 }),
    input('add-staff', 'name', t('admin.staff.name'), { autocomplete: 'off', maxlength: 100 }),
    choices('add-staff', 'unit', t('col.unit'), (units.units || []).map((u) => u.id),
      (id) => (units.units || []).find((u) => u.id === id)?.name || id),
    input('add-staff', 'counter', t('admin.staff.counter'), { required: false, maxlength: 100 }),
  ], async (values) => { await api.post('/api/v1/staff', values); reload(); });

  const kioskActionStatus = el('p', { className: 'form-status', attrs: { role: 'status' } });
  const kioskTable = kiosksTable(kiosks.kiosks || [], [{
    label: t('col.actions'),
    value: (k) => (k.revoked ? '' : actionButton(t('admin.revoke'), t('admin.confirm_revoke', { id: k.id }),
      async () => { await api.post(`/api/v1/kiosks/${encodeURIComponent(k.id)}/revoke`); reload(); }, kioskActionStatus)),
  }]);
  const [kioskForm, kioskStatus] = addForm('add-kiosk', [
    input('add-kiosk', 'id', t('admin.kiosk.id')),
    choices('add-kiosk', 'unit', t('col.unit'), (units.units || []).map((u) => u.id), (id) => id),
    input('add-kiosk', 'counter', t('col.counter'), { required: false }),
  ], async (values) => {
    // The new kiosk joins the table and the audit log at once, and the form starts empty.
    reload(await api.post('/api/v1/kiosks', values));
  });
  // The token exists only in the enrolment's answer: it stays shown until the admin leaves.
  if (enrolled) {
    kioskStatus.append(el('span', { text: t('admin.kiosk.token', { id: enrolled.id }) }),
      el('code', { className: 'token', text: enrolled.token }));
    if (enrolled.enrol_command) kioskStatus.append(enrolmentBlock(enrolled));
  }

  const inLanguage = (text) => (currentLanguage() === 'en' && text.en) || text.vi;
  const surveyTable = table([
    { label: t('col.id'), value: (s) => s.id },
    { label: t('admin.survey.question'), value: (s) => inLanguage(s.title) },
    { label: t('admin.survey.criteria'), value: (s) => s.criteria.map((c) => inLanguage(c.label)).join('; ') },
    { label: t('admin.survey.asked'), value: (s) => (s.ask_criteria ? t('yes') : t('no')) },
    { label: t('admin.survey.units'), value: (s) => s.units.join(', ') || '—' },
  ], surveys.surveys || []);

  // Empty fields print the defaults, shown as placeholders.
  const [issuerForm, issuerStatus] = addForm('report-issuer', ISSUER_KEYS.map((key) => input('report-issuer', key,
    t(`admin.issuer.${key}`), { required: false, value: issuer[key], placeholder: issuer.defaults[key],
      maxlength: key === 'body_code' ? 20 : 120 })),
  async (values, status) => {
    await api.put('/api/v1/settings/report', values);
    status.classList.remove('error');
    status.textContent = t('admin.done');
  }, t('admin.save'));

  const auditTable = table([
    { label: t('col.at'), value: (e) => format.dateTime(e.at) },
    { label: t('col.user'), value: (e) => actorLabel(e.user) },
    { label: t('col.action'), value: (e) => actionLabel(e.action) },
    { label: t('col.target_obj'), value: targetLabel },
    { label: t('col.result_ok'), value: (e) => (e.ok ? '✔' : '✖') },
  ], audit.entries || [], { emptyText: t('none') });

  clear(container).append(
    el('section', { className: 'card' }, el('h2', { text: t('admin.users') }), userTable, userStatus, userForm, userFormStatus),
    el('section', { className: 'card' }, el('h2', { text: t('admin.units') }), unitTable, unitStatus, unitForm, unitFormStatus),
    el('section', { className: 'card', attrs: { id: 'admin-staff' } }, el('h2', { text: t('admin.staff') }),
      el('p', { className: 'hint', text: t('admin.staff.hint') }), staffTable, staffForm, staffFormStatus),
    el('section', { className: 'card' }, el('h2', { text: t('admin.kiosks') }), kioskTable, kioskActionStatus, kioskForm, kioskStatus),
    el('section', { className: 'card', attrs: { id: 'admin-surveys' } }, el('h2', { text: t('admin.surveys') }),
      el('p', { className: 'hint', text: t('admin.survey.hint') }), surveyTable),
    el('section', { className: 'card' }, el('h2', { text: t('admin.issuer') }),
      el('p', { className: 'hint', text: t('admin.issuer.hint') }), issuerForm, issuerStatus),
    el('section', { className: 'card' }, el('h2', { text: t('admin.audit') }), auditTable));
}

// The one line that sets up the kiosk, as text with a copy button and as a QR code (an SVG from
// the server, shown through a data: URL, which the page's CSP allows for images).
function commandLine(line) {
  const copied = el('span', { attrs: { role: 'status' } });
  const copy = el('button', { text: t('admin.kiosk.copy'), attrs: { type: 'button' } });
  copy.addEventListener('click', async () => {
    await navigator.clipboard.writeText(line);
    copied.textContent = t('admin.kiosk.copied');
  });
  return [el('code', { className: 'enrol-command', text: line }), copy, copied];
}

function isAddress(host) {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
}

// A kiosk on the LAN may not resolve the server's host name: say so, and give the line with each
// address the server's certificate names (the kiosk checks the name against it).
function hostNameWarning(enrolled) {
  const url = new URL(enrolled.server_url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isAddress(host)) return null;
  const others = (enrolled.certificate_addresses || []).filter((address) => address !== host && isAddress(address));
  const warning = el('div', { className: 'alert warning enrol-warning', attrs: { role: 'note' } },
    el('p', { text: t(others.length ? 'admin.kiosk.host_name' : 'admin.kiosk.host_name_only', { host }) }));
  for (const address of others) {
    const server = `${url.protocol}//${address.includes(':') ? `[${address}]` : address}${url.port ? `:${url.port}` : ''}`;
    warning.append(el('div', { className: 'enrol-alternative' },
      ...commandLine(enrolled.enrol_command.replace(enrolled.server_url, server))));
  }
  return warning;
}

function enrolmentBlock(enrolled) {
  const block = el('div', { className: 'enrolment' },
    el('p', { text: t('admin.kiosk.enrol') }), ...commandLine(enrolled.enrol_command),
    enrolled.server_url ? hostNameWarning(enrolled) : null);
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
