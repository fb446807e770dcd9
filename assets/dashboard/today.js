// "Hôm nay": today's ratings in context, indicators, reasons and levels, hourly chart,
// breakdowns, comments, kiosks; refreshed by itself every 30 s while it is on screen.
import { api, errorText, query, withCentre } from './api.js';
import { el, clear, table } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import * as format from './format.js';
import { indicatorsTable } from './indicators-table.js';
import { dateInput } from './date-field.js';
import { dossierCard } from './dossier-figures.js';
import { dayContextCard } from './day-context.js';
import { dayPatterns } from './rating-patterns.js';
import { AutoRefresh } from './auto-refresh.js';

let chosenDate = '';
// shared/DESIGN.md "Dossiers v2": a dossier code has at most 64 characters.
const DOSSIER_CODE_MAX = 64;
// Only the answer to the latest request is shown: an earlier day's late answer is dropped.
let latestRequest = 0;
// When the figures on screen were loaded.
let lastLoad = new Date();
const autoRefresh = new AutoRefresh(30);

function card(label, value, note, tone = '') {
  return el('div', { className: `stat ${tone}` },
    el('span', { className: 'stat-label', text: label }),
    el('span', { className: 'stat-value', text: value }),
    note ? el('span', { className: 'stat-note', text: note }) : null);
}

function rateCell(row) {
  return `${format.percent(row.rate)}`;
}

function breakdown(title, rows, keyLabel, key) {
  return el('section', { className: 'card' }, el('h3', { text: title }),
    table([
      { label: keyLabel, value: key },
      { label: t('col.n'), value: (r) => format.count(r.n), numeric: true },
      { label: t('col.satisfied'), value: (r) => format.count(r.satisfied), numeric: true },
      { label: t('col.rate'), value: rateCell, numeric: true },
    ], rows, { emptyText: t('none') }));
}

// By staff member: the name beside the code for managers and admins (viewers get codes only),
// and how many ratings named a code the register does not hold.
function staffBreakdown(daily) {
  const section = breakdown(t('today.by_staff'), daily.by_staff || [], t('col.staff'),
    (r) => (r.name ? `${r.name} (${r.staff})` : r.staff || '—'));
  if (daily.unattributed) {
    section.append(el('p', { className: 'note', attrs: { id: 'today-unattributed' },
      text: t('today.unattributed', { n: format.count(daily.unattributed) }) }));
  }
  return section;
}

// A section a phone shows folded (its heading only) and a desk open: the day's figures come
// first on a small screen, the details one tap away.
function foldable(id, title, ...content) {
  const open = window.matchMedia('(min-width: 701px)').matches;
  return el('details', { className: 'card fold', attrs: { id, open } },
    el('summary', {}, el('h2', { text: title })), ...content);
}

function inLanguage(vi, en) {
  return (currentLanguage() === 'en' && en) || vi;
}

function levelLabel(level) {
  return `${level} · ${t(`level.${level}`)}`;
}

function comments(list) {
  const section = el('section', { className: 'card comments' }, el('h2', { text: t('today.comments') }));
  if (list.length === 0) {
    section.append(el('p', { className: 'empty', text: t('today.no_comments') }));
    return section;
  }
  const items = el('ul', { className: 'comment-list' });
  for (const c of list) {
    const tone = c.overall >= 4 ? 'good' : c.overall <= 2 ? 'bad' : 'neutral';
    items.append(el('li', { className: `comment ${tone}` },
      el('div', { className: 'comment-meta' },
        el('span', { className: 'comment-time', text: format.time(c.created_at) }),
        el('span', { className: `level level-${tone}`, text: levelLabel(c.overall) }),
        c.counter ? el('span', { text: `${t('col.counter')}: ${c.counter}` }) : null,
        c.field ? el('span', { text: `${t('col.field')}: ${inLanguage(c.field_name, c.field_name_en) || c.field}` }) : null,
        c.staff ? el('span', { text: `${t('col.staff')}: ${c.staff}` }) : null),
      el('p', { className: 'comment-text', text: c.comment })));
  }
  section.append(items);
  return section;
}

function kioskState(k) {
  if (k.revoked) return el('span', { className: 'badge none', text: t('kiosk.revoked') });
  return k.online
    ? el('span', { className: 'badge met', text: `● ${t('kiosk.online')}` })
    : el('span', { className: 'badge not-met', text: `○ ${t('kiosk.offline')}` });
}

export function kiosksTable(kiosks, extraColumns = []) {
  return table([
    { label: t('col.kiosk'), value: (k) => k.id },
    { label: t('col.unit'), value: (k) => k.unit_name || k.unit },
    { label: t('col.counter'), value: (k) => k.counter || '—' },
    { label: t('col.state'), value: kioskState },
    { label: t('col.last_seen'), value: (k) => format.dateTime(k.last_seen) },
    { label: t('col.queued'), value: (k) => format.count(k.queued), numeric: true },
    { label: t('col.gaps'), value: (k) => format.count(k.seq_gaps), numeric: true },
    { label: t('col.today'), value: (k) => format.count(k.ratings_today), numeric: true },
    ...extraColumns,
  ], kiosks.map((k) => ({ ...k, rowClass: !k.online && !k.revoked ? 'row-warn' : '' })), { emptyText: t('none') });
}

function promptForm(kiosks, fields) {
  const status = el('p', { className: 'form-status', attrs: { role: 'status' } });
  const counters = [...new Set(kiosks.filter((k) => k.counter && !k.revoked).map((k) => k.counter))];
  const counter = el('select', { attrs: { name: 'counter', required: true } },
    counters.map((c) => el('option', { text: c, attrs: { value: c } })));
  const field = el('select', { attrs: { name: 'field' } },
    el('option', { text: t('prompt.no_field'), attrs: { value: '' } }),
    fields.map((f) => el('option', { text: inLanguage(f.name, f.name_en), attrs: { value: f.code } })));
  const staff = el('input', { attrs: { name: 'staff' } });
  // A USB barcode scanner types the code and Enter, which sends the form. autocomplete off:
  // the browser keeps no list of the codes scanned.
  const dossier = el('input', { attrs: { name: 'dossier', id: 'prompt-dossier', autocomplete: 'off', spellcheck: 'false' } });
  const form = el('form', { className: 'inline-form', on: { submit: async (event) => {
    event.preventDefault();
    status.textContent = '';
    const code = dossier.value.trim();
    try {
      await api.post(`/api/v1/counters/${encodeURIComponent(counter.value)}/prompt`,
        { field: field.value || undefined, staff: staff.value.trim() || undefined, dossier: code || undefined });
      status.textContent = code
        ? t('prompt.sent_dossier', { counter: counter.value, dossier: code })
        : t('prompt.sent', { counter: counter.value });
      form.reset();
      dossier.focus();
    } catch (error) {
      status.textContent = error.code === 'text-too-long' && code.length > DOSSIER_CODE_MAX
        ? t('prompt.dossier_too_long', { max: DOSSIER_CODE_MAX })
        : errorText(error);
      // Selected, the next scan replaces the refused code.
      dossier.select();
    }
  } } },
  el('label', {}, el('span', { text: t('prompt.counter') }), counter),
  el('label', {}, el('span', { text: t('prompt.field') }), field),
  el('label', {}, el('span', { text: t('prompt.staff') }), staff),
  el('label', {}, el('span', { text: t('prompt.dossier') }), dossier),
  el('button', { attrs: { type: 'submit' }, text: t('prompt.send') }));
  return el('section', { className: 'card' }, el('h2', { text: t('prompt.title') }), form, status);
}

function dateToolbar(reload) {
  const today = format.centreToday();
  const show = (day) => { chosenDate = day; reload(); };
  const { input, hint } = dateInput({ id: 'today-date', value: chosenDate, max: today, onChange: show });
  const dayButton = (id, label, day, disabled) => el('button', {
    className: 'secondary small', text: label,
    attrs: { type: 'button', id, disabled }, on: { click: () => show(day) },
  });
  return el('div', { className: 'toolbar' },
    el('label', { attrs: { for: 'today-date' }, text: t('today.date') }),
    el('div', { className: 'date-stepper' },
      dayButton('today-previous', `‹ ${t('today.previous_day')}`, format.addDays(chosenDate, -1), false),
      input,
      dayButton('today-next', `${t('today.next_day')} ›`, format.addDays(chosenDate, 1), chosenDate >= today),
      hint),
    chosenDate === today ? null : dayButton('today-back', t('today.back_to_today'), today, false),
    el('button', { attrs: { type: 'button' }, className: 'secondary small', text: `⟳ ${t('reload')}`, on: { click: reload } }));
}

// The figures of one day: everything the view shows but the date bar and the prompt form.
async function loadDay(date, hasRole) {
  const [daily, kiosks, fields, dayIndicators, context, patterns] = await Promise.all([
    api.get(`/api/v1/daily?${query({ date })}`),
    api.get('/api/v1/kiosks'),
    hasRole('manager') ? api.get('/api/v1/fields') : { fields: [] },
    // The day's dossiers: a single date is a period of one day.
    api.get(`/api/v1/indicators?${query({ period: date })}`),
    api.get(`/api/v1/daily/context?${query({ date })}`),
    api.get(`/api/v1/patterns?${query({ date })}`),
  ]);
  return { daily, kiosks, fields, dayIndicators, context, patterns, at: new Date() };
}

function updatedLine(at, failure) {
  const time = format.clockTime(at);
  return el('p', { className: `updated${failure ? ' stale' : ''}`, attrs: { id: 'today-updated' },
    text: failure ? t('context.update_failed', { detail: errorText(failure), time }) : t('context.updated', { time }) });
}

// `ofCentre` names a counter's centre in the province's roll-up.
function dayFigures(data, ofCentre) {
  const { daily, dayIndicators, context, patterns } = data;
  const kioskList = data.kiosks.kiosks || [];
  const lang = currentLanguage();
  const isToday = chosenDate === format.centreToday();
  const day = { date: format.date(chosenDate) };
  return el('div', { className: 'day-figures', attrs: { id: 'today-figures' } },
    updatedLine(data.at, null),
    el('div', { className: 'stats' },
      card(isToday ? t('today.ratings') : t('day.ratings', day), format.count(daily.n), null),
      card(t('today.rate'), format.percent(daily.rate), `${format.count(daily.satisfied)} / ${format.count(daily.n)}`),
      card(t('today.suspect'), format.count(daily.suspect || 0), null, daily.suspect ? 'warn' : '')),
    dayContextCard(context, isToday),
    el('section', { className: 'card' }, el('h2', { text: isToday ? t('today.indicators') : t('day.indicators', day) }),
      indicatorsTable(daily.indicators || [], { withLead: false, minRatings: daily.min_ratings || 0 })),
    dossierCard(dayIndicators, { emptyText: isToday ? t('dossiers.none_today') : t('dossiers.none_day', day) }),
    foldable('day-patterns', t('patterns.title_day', { date: format.date(chosenDate) }), ...dayPatterns(patterns, ofCentre)),
    el('section', { className: 'card chart' }, el('h2', { text: t('today.hourly') }),
      el('img', { attrs: {
        // The load time in the address: a refresh fetches the chart again.
        src: withCentre(`/api/v1/charts/hourly.svg?${query({ date: chosenDate, lang, at: data.at.getTime() })}`),
        alt: t('today.hourly'), width: 860, height: 280, loading: 'lazy' } })),
    foldable('today-breakdowns', t('today.breakdowns'), el('div', { className: 'grid-2' },
      breakdown(t('today.by_unit'), daily.by_unit || [], t('col.unit'), (r) => r.name || r.id),
      breakdown(t('today.by_counter'), daily.by_counter || [], t('col.counter'), (r) => ofCentre(r.counter || '—', r.centre)),
      staffBreakdown(daily),
      breakdown(t('today.by_field'), daily.by_field || [], t('col.field'), (r) => inLanguage(r.name, r.name_en) || r.field || '—'))),
    comments(daily.comments || []),
    foldable('today-kiosks', t('today.kiosks'), kiosksTable(kioskList)));
}

// Replaces the day's figures in one step once the new ones have arrived, so nothing blinks;
// the date bar and the prompt form are left alone and keep what staff are typing, and a
// section a person opened or folded stays so.
async function refreshFigures(container, { hasRole, showLoadError, ofCentre }) {
  const current = container.querySelector('#today-figures');
  if (!current) return;
  // A refresh never outlives a full render (another day chosen) started meanwhile.
  const request = latestRequest;
  let data;
  try {
    data = await loadDay(chosenDate, hasRole);
  } catch (error) {
    if (request !== latestRequest) return;
    if (error.status === 401) {
      showLoadError(container, error, () => {});
      return;
    }
    const line = current.querySelector('#today-updated');
    line.replaceWith(updatedLine(lastLoad, error));
    return;
  }
  if (request !== latestRequest || !current.isConnected) return;
  lastLoad = data.at;
  const next = dayFigures(data, ofCentre);
  for (const fold of current.querySelectorAll('details[id]')) {
    const same = next.querySelector(`#${fold.id}`);
    if (same) same.open = fold.open;
  }
  current.replaceWith(next);
}

export async function renderToday(container, { hasRole, showLoadError, ofCentre }) {
  if (!chosenDate) chosenDate = format.centreToday();
  const reload = () => renderToday(container, { hasRole, showLoadError, ofCentre });
  const request = ++latestRequest;
  let data;
  try {
    data = await loadDay(chosenDate, hasRole);
  } catch (error) {
    if (request === latestRequest) showLoadError(container, error, reload);
    return;
  }
  if (request !== latestRequest) return;
  lastLoad = data.at;
  const kioskList = data.kiosks.kiosks || [];
  clear(container).append(
    dateToolbar(reload),
    dayFigures(data, ofCentre),
    // append() prints null as the text "null": a viewer gets no form rather than a null.
    ...(hasRole('manager') ? [promptForm(kioskList, data.fields.fields || [])] : []),
  );
  autoRefresh.start(container, () => refreshFigures(container, { hasRole, showLoadError, ofCentre }));
}
