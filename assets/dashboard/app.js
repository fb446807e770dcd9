// The staff dashboard: login, tabs, language switch, alerts. Each tab lives in its own
// module; this file only wires them to the session.
import { api, ApiError, currentCentre, errorText, setCentre, setCsrf } from './api.js';
import { el, clear } from './dom.js';
import { applyTo, currentLanguage, restoreLanguage, setLanguage, t } from './i18n.js';
import * as format from './format.js';
import { renderToday } from './today.js';
import { renderPeriod } from './period.js';
import { renderAdmin } from './admin.js';
import { renderDossiers } from './dossier-qr.js';
import { renderCases } from './cases.js';
import { renderCentres } from './centres.js';
import { renderPasswordForm } from './password-form.js';
import { renderNotificationForm } from './notification-form.js';

const ROLE_ORDER = ['viewer', 'manager', 'admin'];
const views = {
  today: renderToday, period: renderPeriod, centres: renderCentres, dossiers: renderDossiers, cases: renderCases, admin: renderAdmin,
};
// The tabs a role below theirs does not see.
const TAB_ROLES = { dossiers: 'manager', cases: 'manager', admin: 'admin' };

// `centres`: the province's centres ({id, name}) for a province-wide user, else null.
const state = { session: null, tab: 'today', centres: null };

export function hasRole(role) {
  return state.session !== null && ROLE_ORDER.indexOf(state.session.role) >= ROLE_ORDER.indexOf(role);
}

function $(id) {
  return document.getElementById(id);
}

// A failure a person can act on, in place of the view.
export function showLoadError(container, error, retry) {
  if (error instanceof ApiError && error.status === 401) {
    showLogin();
    return;
  }
  clear(container).append(el('div', { className: 'card error-box', attrs: { role: 'alert' } },
    el('p', { text: t('error.load', { detail: errorText(error) }) }),
    el('button', { attrs: { type: 'button' }, text: t('reload'), on: { click: retry } })));
}

function showLogin() {
  state.session = null;
  state.centres = null;
  setCentre('');
  $('centre-bar').hidden = true;
  $('tab-centres').hidden = true;
  setCsrf('');
  $('app').hidden = true;
  $('logout').hidden = true;
  $('change-password').hidden = true;
  $('password-card').hidden = true;
  $('notify-settings').hidden = true;
  $('notify-card').hidden = true;
  $('whoami').textContent = '';
  $('login').hidden = false;
  $('login-user').focus();
}

function showApp(session) {
  state.session = session;
  setCsrf(session.csrf);
  $('login').hidden = true;
  $('app').hidden = false;
  $('logout').hidden = false;
  $('change-password').hidden = false;
  $('notify-settings').hidden = false;
  if (!$('notify-card').hidden) renderNotificationForm($('notify-card'));
  $('whoami').textContent = `${session.user} · ${t(`role.${session.role}`)}`;
  for (const [tab, role] of Object.entries(TAB_ROLES)) $(`tab-${tab}`).hidden = !hasRole(role);
  showCentrePicker();
  const allowed = (!TAB_ROLES[state.tab] || hasRole(TAB_ROLES[state.tab])) && (state.tab !== 'centres' || state.centres?.length > 1);
  selectTab(allowed ? state.tab : 'today');
}

// The picker and the centres tab are a province-wide user's (the session's centre is null)
// once the province has several centres. Asked once a session, before its first view, whose
// roll-up rows name their centres. A failure leaves the user with the roll-up alone.
async function findCentres(session) {
  state.centres = null;
  if (session.centre !== null) return;
  try {
    const data = await api.get('/api/v1/centres');
    state.centres = (data.centres || []).map(({ id, name }) => ({ id, name }))
      .sort((a, b) => (a.name || a.id).localeCompare(b.name || b.id, 'vi'));
  } catch {
    state.centres = null;
  }
}

// A row's label in the province's roll-up (several centres, none picked), where every centre
// has its "Quầy 1": followed by its centre's name. Elsewhere the label alone.
function ofCentre(text, id) {
  if (!(state.centres?.length > 1) || currentCentre()) return text;
  return `${text} · ${state.centres.find((c) => c.id === id)?.name || id}`;
}

function showCentrePicker() {
  const province = Boolean(state.centres) && state.centres.length > 1;
  $('centre-bar').hidden = !province;
  $('tab-centres').hidden = !province;
  if (!province) return;
  const picker = $('centre-picker');
  const option = (value, text) => el('option', { text, attrs: { value, selected: value === currentCentre() ? 'selected' : false } });
  picker.replaceChildren(option('', t('centre.all')), ...state.centres.map((c) => option(c.id, `${c.name || c.id} (${c.id})`)));
}

// Alerts whose "since" is a moment staff can act on (when a kiosk was last heard from, when a
// burst began). An indicator alert covers the whole of today: its "since" is only midnight.
const TIMED_ALERTS = new Set(['kiosk-offline', 'kiosk-clock-skew', 'suspect-burst']);

// "từ 14:05", or with the date when it began before today.
function alertSince(alert) {
  if (!TIMED_ALERTS.has(alert.kind) || !alert.since) return '';
  const sameDay = format.centreToday(new Date(alert.since)) === format.centreToday();
  return t('alert.since', { time: sameDay ? format.time(alert.since) : format.dateTime(alert.since) });
}

async function loadAlerts() {
  const box = $('alerts');
  let alerts = [];
  try {
    alerts = (await api.get('/api/v1/alerts')).alerts || [];
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) showLogin();
    return;
  }
  clear(box);
  box.append(el('h2', { className: 'visually-hidden', text: t('alerts.title') }));
  if (alerts.length === 0) {
    box.append(el('p', { className: 'alert ok', text: `✓ ${t('alerts.none')}` }));
    return;
  }
  for (const alert of alerts) {
    const values = {
      ...alert,
      rate: format.percent(alert.rate),
      target: format.percent(alert.target, 0),
      n: format.count(alert.n),
      expires: format.date(alert.expires),
      days_left: format.count(alert.days_left),
      certificate: t(`certificate.${alert.certificate}`),
      minutes: format.count(alert.kind === 'kiosk-clock-skew' ? Math.round(Math.abs(alert.skew_seconds) / 60) : alert.minutes),
      name: (currentLanguage() === 'en' && alert.name_en) || alert.name,
      opened: format.dateTime(alert.opened_at),
      age_days: format.count(alert.age_days),
    };
    box.append(el('p', { className: `alert ${alert.severity === 'critical' ? 'critical' : 'warning'}` },
      el('span', { className: 'alert-icon', text: alert.severity === 'critical' ? '⛔' : '⚠', attrs: { 'aria-hidden': 'true' } }),
      el('span', { text: t(`alert.${alert.kind}`, values) }),
      el('span', { className: 'alert-time', text: alertSince(alert) })));
  }
}

function selectTab(tab) {
  state.tab = tab;
  for (const button of document.querySelectorAll('[data-tab]')) {
    const selected = button.dataset.tab === tab;
    button.setAttribute('aria-selected', String(selected));
    button.classList.toggle('active', selected);
    $(`view-${button.dataset.tab}`).hidden = !selected;
  }
  loadAlerts();
  views[tab]($(`view-${tab}`), { hasRole, showLoadError, session: state.session, ofCentre });
}

// Which sentence tells the person at the login form what happened.
function loginErrorKey(error) {
  if (!(error instanceof ApiError)) return 'login.failed';
  if (error.code === 'locked') return 'login.locked';
  if (error.code === 'rate-limited') return 'login.throttled';
  if (error.status === 503) return 'login.busy';
  return 'login.failed';
}

async function login(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const errorLine = $('login-error');
  errorLine.textContent = '';
  try {
    const session = await api.post('/api/v1/session', {
      user: form.elements.user.value.trim(), password: form.elements.password.value,
    });
    form.reset();
    await findCentres(session);
    showApp(session);
  } catch (error) {
    errorLine.textContent = t(loginErrorKey(error));
  }
}

async function logout() {
  try {
    await api.delete('/api/v1/session');
  } finally {
    showLogin();
  }
}

async function start() {
  restoreLanguage();
  $('login-form').addEventListener('submit', login);
  $('logout').addEventListener('click', logout);
  $('change-password').addEventListener('click', () => {
    const card = $('password-card');
    card.hidden = !card.hidden;
    if (card.hidden) return;
    renderPasswordForm(card);
    $('password-current').focus();
  });
  $('notify-settings').addEventListener('click', async () => {
    const card = $('notify-card');
    card.hidden = !card.hidden;
    if (card.hidden) return;
    await renderNotificationForm(card);
    $('notify-email')?.focus();
  });
  $('lang-switch').addEventListener('click', () => {
    setLanguage(currentLanguage() === 'vi' ? 'en' : 'vi');
    $('lang-switch').lang = currentLanguage() === 'vi' ? 'en' : 'vi';
    if (state.session) showApp(state.session);
  });
  for (const button of document.querySelectorAll('[data-tab]')) {
    button.addEventListener('click', () => selectTab(button.dataset.tab));
  }
  $('centre-picker').addEventListener('change', (event) => {
    setCentre(event.target.value);
    selectTab(state.tab);
  });
  applyTo(document);
  try {
    const session = await api.get('/api/v1/session');
    await findCentres(session);
    showApp(session);
  } catch {
    showLogin();
  }
}

start();
