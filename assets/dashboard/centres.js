// "Các trung tâm" (province-wide users): every centre side by side for a period, ranked by the
// adjusted (shrunk) rate of GET /api/v1/centres — id, name, ratings, overall rate and interval,
// adjusted rate, the centre's alerts now, and each indicator's rate, count, interval and verdict.
import { api, currentCentre, query } from './api.js';
import { el, clear, table } from './dom.js';
import { hasText, t } from './i18n.js';
import * as format from './format.js';
import { containing, periodName, periodTitle } from './periods.js';
import { indicatorName, statusBadge } from './indicators-table.js';

// Only the answer to the latest choice is shown.
let latestRequest = 0;

const choice = { kind: 'quarter', year: 0, index: 1, rule: 'nd09' };

function option(value, label, selected) {
  return el('option', { text: label, attrs: { value, selected: selected ? 'selected' : false } });
}

function field(id, label, control) {
  return el('div', { className: 'field' }, el('label', { attrs: { for: id }, text: label }), control);
}

function controls(onShow) {
  const indexOptions = choice.kind === 'half'
    ? [option(1, t('period.h1'), choice.index === 1), option(2, t('period.h2'), choice.index === 2)]
    : [1, 2, 3, 4].map((q) => option(q, t('period.q', { q: ['I', 'II', 'III', 'IV'][q - 1] }), choice.index === q));
  const index = field('centres-index', t('period.index'), el('select', { attrs: { id: 'centres-index' },
    on: { change: (event) => { choice.index = Number(event.target.value); } } }, indexOptions));
  index.hidden = choice.kind === 'year';
  return el('form', { className: 'period-form card', attrs: { id: 'centres-form' },
    on: { submit: (event) => { event.preventDefault(); onShow(); } } },
  field('centres-kind', t('period.kind'), el('select', { attrs: { id: 'centres-kind' }, on: { change: (event) => {
    choice.kind = event.target.value;
    Object.assign(choice, containing(choice.kind, format.centreToday(), choice.rule));
    document.getElementById('centres-form').replaceWith(controls(onShow));
    document.getElementById('centres-kind').focus();
  } } }, [
    option('quarter', t('period.quarter'), choice.kind === 'quarter'),
    option('half', t('period.half'), choice.kind === 'half'),
    option('year', t('period.year'), choice.kind === 'year'),
  ])),
  field('centres-year', t('period.year'), el('input', { attrs: { type: 'number', id: 'centres-year', min: 2020, max: 2100, value: choice.year },
    on: { change: (event) => { choice.year = Number(event.target.value); } } })),
  index,
  field('centres-rule', t('period.rule'), el('select', { attrs: { id: 'centres-rule' },
    on: { change: (event) => { choice.rule = event.target.value; } } }, [
    option('nd09', t('period.rule.nd09'), choice.rule === 'nd09'),
    option('calendar', t('period.rule.calendar'), choice.rule === 'calendar'),
  ])),
  el('button', { attrs: { type: 'submit', id: 'centres-show' }, text: t('period.show') }));
}

// A column head short enough for a row of them; the full name is in the indicator's note.
function shortName(indicator) {
  const key = `centres.indicator.${indicator.id}`;
  return hasText(key) ? t(key) : indicatorName(indicator);
}

// One indicator of one centre: its rate, count, interval and verdict in one cell; without
// ratings only the verdict's "none yet".
function indicatorCell(indicator, complete) {
  if (!indicator) return '—';
  if (!indicator.n) return statusBadge(indicator, { complete });
  return el('div', { className: 'centre-indicator' },
    el('strong', { text: format.percent(indicator.rate) }),
    el('span', { text: t('centres.n', { n: format.count(indicator.n) }) }),
    el('span', { className: 'ci', text: format.interval(indicator.ci_low, indicator.ci_high) }),
    statusBadge(indicator, { complete }));
}

function centresTable(data, complete) {
  const centres = data.centres || [];
  const indicators = centres[0]?.indicators || [];
  const columns = [
    { label: t('col.rank'), value: (row) => (row.shrunk_rate === null ? '—' : String(row.rank)), numeric: true },
    { label: t('col.centre_id'), value: (row) => row.id },
    { label: t('col.centre'), value: (row) => el('strong', { text: row.name || row.id }) },
    { label: t('col.n'), value: (row) => format.count(row.n), numeric: true },
    { label: t('col.overall'), value: (row) => format.percent(row.rate), numeric: true },
    { label: t('col.ci'), value: (row) => format.interval(row.ci_low, row.ci_high), numeric: true },
    { label: t('col.shrunk'), value: (row) => el('strong', { text: format.percent(row.shrunk_rate) }), numeric: true },
    { label: t('col.alerts'), value: (row) => (row.alerts ? el('span', { className: 'badge not-met', text: `⚠ ${format.count(row.alerts)}` }) : '0'), numeric: true },
    ...indicators.map((indicator, i) => ({
      label: shortName(indicator),
      value: (row) => indicatorCell((row.indicators || [])[i], complete),
    })),
  ];
  // The centre picked above the tabs stands out in the ranking.
  const rows = centres.map((centre, i) => ({ ...centre, rank: i + 1, rowClass: centre.id === currentCentre() ? 'picked' : '' }));
  return table(columns, rows,
    { className: 'data centres-table', emptyText: t('centres.none') });
}

export async function renderCentres(container, { showLoadError }) {
  if (!choice.year) Object.assign(choice, containing('quarter', format.centreToday(), choice.rule));
  const show = () => renderCentres(container, { showLoadError });
  const name = periodName(choice.kind, choice);
  const request = ++latestRequest;
  clear(container).append(controls(show), el('p', { className: 'loading', text: '…' }));
  let data;
  try {
    data = await api.get(`/api/v1/centres?${query({ period: name, rule: choice.rule })}`);
  } catch (error) {
    if (request !== latestRequest) return;
    const results = el('div');
    container.lastChild.replaceWith(results);
    showLoadError(results, error, show);
    return;
  }
  if (request !== latestRequest) return;
  const period = data.period || {};
  const complete = period.complete !== false;
  const province = data.province || {};
  const indicators = data.centres?.[0]?.indicators || [];
  container.lastChild.replaceWith(el('div', { className: 'centres-results' },
    el('div', { className: 'period-heading card' },
      el('h2', { attrs: { id: 'centres-title' }, text: `${t('centres.title')} · ${periodTitle(period.name || name, t)}` }),
      el('p', { text: `${t('period.dates', { from: format.date(period.from), to: format.date(period.to) })} · ${t(`period.rule.${period.rule || choice.rule}`)}` }),
      period.complete === false
        ? el('p', { className: 'data-until', text: t('period.data_until', { date: format.date(period.data_until) }) })
        : null,
      el('p', { attrs: { id: 'centres-province' }, text: t('centres.province', { n: format.count(province.n || 0), rate: format.percent(province.rate) }) })),
    el('section', { className: 'card' }, el('h2', { text: t('centres.table') }), centresTable(data, complete),
      el('p', { className: 'note', text: t('centres.note', { p: format.percent(province.rate), m: format.decimal(data.prior_strength, 0) }) }),
      el('p', { className: 'note', text: t('centres.indicator_note') }),
      el('ul', { className: 'note centres-legend' }, indicators.map((indicator) => el('li', {},
        el('strong', { text: `${shortName(indicator)}: ` }), indicatorName(indicator)))))));
}
