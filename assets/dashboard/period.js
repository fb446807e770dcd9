// "Theo kỳ": a quarter, half-year, year or date range under rule nd09 or calendar — the
// appendix table, the trend, staff and counters ranked by a shrunk rate, and the exports.
import { api, query, withCentre } from './api.js';
import { el, clear, table } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import * as format from './format.js';
import { containing, periodName, periodTitle } from './periods.js';
import { indicatorsTable } from './indicators-table.js';
import { periodFigures } from './period-figures.js';
import { closingCard } from './period-closing.js';
import { dossierCard } from './dossier-figures.js';
import { dateInput } from './date-field.js';
import { periodPatternsCard } from './rating-patterns.js';
import { trendCard } from './trend-chart.js';

// Only the answer to the latest choice is shown: a slow answer to an earlier choice must not
// replace the view of a newer one.
let latestRequest = 0;

const choice = { kind: 'quarter', year: 0, index: 1, from: '', to: '', rule: 'nd09', step: 'month' };

function initialChoice() {
  if (choice.year) return;
  const today = format.centreToday();
  const current = containing('quarter', today, choice.rule);
  Object.assign(choice, current, { from: `${today.slice(0, 4)}-01-01`, to: today });
}

function option(value, label, selected) {
  return el('option', { text: label, attrs: { value, selected: selected ? 'selected' : false } });
}

function select(name, id, options, onChange) {
  return el('select', { attrs: { name, id }, on: { change: (event) => onChange(event.target.value) } }, options);
}

function field(id, label, control, hidden = false) {
  const wrapper = el('div', { className: 'field' }, el('label', { attrs: { for: id }, text: label }), control);
  wrapper.hidden = hidden;
  return wrapper;
}

function controls(onShow) {
  const kindSelect = select('kind', 'period-kind', [
    option('quarter', t('period.quarter'), choice.kind === 'quarter'),
    option('half', t('period.half'), choice.kind === 'half'),
    option('year', t('period.year'), choice.kind === 'year'),
    option('range', t('period.range'), choice.kind === 'range'),
  ], (value) => {
    // A new kind starts at the period of that kind holding today, and like every other
    // control waits for "Xem"; only the fields it needs change now.
    choice.kind = value;
    if (value !== 'range') Object.assign(choice, containing(value, format.centreToday(), choice.rule));
    const form = document.getElementById('period-form');
    form.replaceWith(controls(onShow));
    document.getElementById('period-kind').focus();
  });
  const yearInput = el('input', { attrs: { type: 'number', id: 'period-year', min: 2020, max: 2100, value: choice.year },
    on: { change: (event) => { choice.year = Number(event.target.value); } } });
  const indexOptions = choice.kind === 'half'
    ? [option(1, t('period.h1'), choice.index === 1), option(2, t('period.h2'), choice.index === 2)]
    : [1, 2, 3, 4].map((q) => option(q, t('period.q', { q: ['I', 'II', 'III', 'IV'][q - 1] }), choice.index === q));
  const indexSelect = select('index', 'period-index', indexOptions, (value) => { choice.index = Number(value); });
  const today = format.centreToday();
  const from = dateInput({ id: 'period-from', value: choice.from, max: today, onChange: (day) => { choice.from = day; } });
  const to = dateInput({ id: 'period-to', value: choice.to, onChange: (day) => { choice.to = day; } });
  const ruleSelect = select('rule', 'period-rule', [
    option('nd09', t('period.rule.nd09'), choice.rule === 'nd09'),
    option('calendar', t('period.rule.calendar'), choice.rule === 'calendar'),
  ], (value) => { choice.rule = value; });
  const stepSelect = select('step', 'period-step', [
    option('month', t('period.step.month'), choice.step === 'month'),
    option('week', t('period.step.week'), choice.step === 'week'),
  ], (value) => { choice.step = value; });
  const isRange = choice.kind === 'range';
  return el('form', { className: 'period-form card', attrs: { id: 'period-form' },
    on: { submit: (event) => { event.preventDefault(); onShow(); } } },
  field('period-kind', t('period.kind'), kindSelect),
  field('period-year', t('period.year'), yearInput, isRange),
  field('period-index', t('period.index'), indexSelect, isRange || choice.kind === 'year'),
  field('period-from', t('period.from'), [from.input, from.hint], !isRange),
  field('period-to', t('period.to'), [to.input, to.hint], !isRange),
  field('period-rule', t('period.rule'), ruleSelect),
  field('period-step', t('period.step'), stepSelect),
  el('button', { attrs: { type: 'submit', id: 'period-show' }, text: t('period.show') }));
}

// A staff row carries the person's name for managers and admins (viewers see codes); with
// `sheetOf`, each named row links the person's yearly sheet; `ofCentre` names the row's centre
// in the province's roll-up.
function ranking(title, data, keyLabel, ofCentre, sheetOf = null) {
  const rows = data.rows || [];
  const columns = [
    { label: t('col.rank'), value: (r) => String(r.rank), numeric: true },
    { label: keyLabel, value: (r) => ofCentre(r.name ? `${r.name} (${r.key})` : r.key, r.centre) },
    { label: t('col.n'), value: (r) => format.count(r.n), numeric: true },
    { label: t('col.rate'), value: (r) => format.percent(r.rate), numeric: true },
    { label: t('col.shrunk'), value: (r) => el('strong', { text: format.percent(r.shrunk_rate) }), numeric: true },
  ];
  if (sheetOf && rows.some((r) => r.name)) columns.push({ label: t('col.sheet'), value: (r) => (r.name ? sheetOf(r) : '') });
  return el('section', { className: 'card' }, el('h3', { text: title }),
    table(columns, rows.map((r, i) => ({ ...r, rank: i + 1 })), { emptyText: t('none') }));
}

// The yearly sheet of the year that holds the period, under its rule.
function sheetLink(year, rule) {
  return (r) => el('a', {
    className: 'sheet-link', text: `⬇ ${t('period.sheet', { year })}`,
    attrs: { href: withCentre(`/api/v1/staff/${encodeURIComponent(r.key)}/sheet?${query({ year, rule, format: 'pdf' })}`), download: '' },
  });
}

// The reports in the page's language: Vietnamese unless the page is switched to English.
function exportLinks(params, lang) {
  const reportLang = lang === 'en' ? 'en' : undefined;
  return el('section', { className: 'card exports' }, el('h2', { text: t('period.exports') }),
    el('div', { className: 'button-row' }, ['csv', 'xlsx', 'pdf', 'docx'].map((formatCode) => el('a', {
      className: 'button', text: `⬇ ${t(`export.${formatCode}`)}`,
      attrs: {
        href: withCentre(`/api/v1/report?${query({ ...params, format: formatCode, lang: reportLang })}`),
        download: '',
        id: `export-${formatCode}`,
      },
    }))));
}

export async function renderPeriod(container, { hasRole, showLoadError, ofCentre }) {
  initialChoice();
  const show = () => renderPeriod(container, { hasRole, showLoadError, ofCentre });
  const name = periodName(choice.kind, choice);
  const params = { period: name, rule: choice.rule };
  const lang = currentLanguage();
  const request = ++latestRequest;
  clear(container).append(controls(show), el('p', { className: 'loading', text: '…' }));

  let indicators;
  let staff;
  let counters;
  let figures;
  let patterns;
  let trend;
  try {
    [indicators, staff, counters, figures, patterns, trend] = await Promise.all([
      api.get(`/api/v1/indicators?${query(params)}`),
      api.get(`/api/v1/ranking?${query({ ...params, by: 'staff' })}`),
      api.get(`/api/v1/ranking?${query({ ...params, by: 'counter' })}`),
      api.get(`/api/v1/report/figures?${query(params)}`),
      api.get(`/api/v1/patterns?${query(params)}`),
      api.get(`/api/v1/trend?${query({ ...params, step: choice.step })}`),
    ]);
  } catch (error) {
    if (request !== latestRequest) return;
    const results = el('div');
    container.lastChild.replaceWith(results);
    showLoadError(results, error, show);
    return;
  }
  if (request !== latestRequest) return;
  const period = indicators.period || {};
  const note = t('period.ranking_note', { mean: format.percent(staff.mean), k: staff.prior_strength ?? 20 });
  container.lastChild.replaceWith(el('div', { className: 'period-results' },
    el('div', { className: 'period-heading card' },
      el('h2', { attrs: { id: 'period-title' }, text: `${periodTitle(period.name || name, t)} (${period.name || name})` }),
      el('p', { text: `${t('period.dates', { from: format.date(period.from), to: format.date(period.to) })} · ${t(`period.rule.${period.rule || choice.rule}`)}` }),
      period.complete === false
        ? el('p', { className: 'data-until', attrs: { id: 'period-data-until' }, text: t('period.data_until', { date: format.date(period.data_until) }) })
        : null),
    closingCard(indicators, params, { hasRole, onChange: show }),
    hasRole('manager') ? exportLinks(params, lang) : null,
    el('section', { className: 'card' }, el('h2', { text: t('period.table') }),
      indicatorsTable(indicators.indicators || [], { complete: period.complete !== false })),
    dossierCard(indicators, { emptyText: t('dossiers.none_period'), complete: period.complete !== false }),
    trendCard(trend),
    periodFigures(figures),
    periodPatternsCard(patterns, ofCentre),
    el('div', { className: 'grid-2' },
      ranking(t('period.ranking_staff'), staff, t('col.staff'), ofCentre,
        hasRole('manager') ? sheetLink((period.name || name).slice(0, 4), period.rule || choice.rule) : null),
      ranking(t('period.ranking_counter'), counters, t('col.counter'), ofCentre)),
    el('p', { className: 'note', text: note })));
}
