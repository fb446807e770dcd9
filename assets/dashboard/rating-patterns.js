// Why and when (GET /api/v1/patterns): the five levels as a labelled bar with its numbers in
// words, the reasons ticked in all and by counter and field, and a weekday × hour grid of the
// ratings in centre time. Every value is text; colour only repeats it.
import { el, table } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import * as format from './format.js';

const LEVELS = [1, 2, 3, 4, 5];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
// Office hours shown even on a quiet day, so the grid keeps its shape.
const FIRST_HOUR = 7;
const LAST_HOUR = 16; // the row of 16:00–17:00
// A cell below this share satisfied is outlined.
const LOW_RATE = 80;

function inLanguage(vi, en) {
  return (currentLanguage() === 'en' && en) || vi;
}

function share(part, whole) {
  return whole ? format.percent((part * 100) / whole) : '—';
}

export function levelBar(levels) {
  const total = levels.reduce((sum, l) => sum + l.count, 0);
  const bar = el('div', { className: 'level-bar', attrs: { 'aria-hidden': 'true' } });
  for (const level of levels) {
    if (!level.count) continue;
    const segment = el('span', { className: `level-segment level-${level.level}`, text: format.count(level.count) });
    // CSSOM, not a style attribute: the page's CSP allows no inline style.
    segment.style.flexGrow = String(level.count);
    bar.append(segment);
  }
  const list = el('ul', { className: 'level-list' }, levels.map((level) => el('li', {},
    el('span', { className: `level-key level-${level.level}`, attrs: { 'aria-hidden': 'true' } }),
    el('span', { text: t('patterns.level_row', {
      level: level.level, name: t(`level.${level.level}`), count: format.count(level.count), share: share(level.count, total),
    }) }))));
  return el('div', { className: 'levels', attrs: { id: 'level-distribution' } },
    el('h3', { text: t('patterns.levels') }), total ? bar : null, list);
}

function reasonText(row) {
  return inLanguage(row.text, row.text_en);
}

export function reasonsTable(reasons) {
  return table([
    { label: t('figures.reason'), value: reasonText },
    { label: t('figures.kind'), value: (row) => t(`figures.${row.kind}`) },
    { label: t('figures.count'), value: (row) => format.count(row.count), numeric: true },
  ], reasons, { className: 'data reasons-day', emptyText: t('patterns.no_reasons') });
}

// `ofCentre` names a counter's centre in the province's roll-up.
export function reasonsByCounter(rows, ofCentre) {
  return table([
    { label: t('col.counter'), value: (row) => ofCentre(row.counter || t('patterns.no_counter'), row.centre) },
    { label: t('col.field'), value: (row) => (row.field ? inLanguage(row.field_name, row.field_name_en) : t('patterns.no_field')) },
    { label: t('figures.reason'), value: reasonText },
    { label: t('figures.count'), value: (row) => format.count(row.count), numeric: true },
  ], rows, { className: 'data reasons-by-counter', emptyText: t('patterns.no_reasons') });
}

function hourLabel(hour) {
  return `${String(hour).padStart(2, '0')}:00`;
}

// Hours as rows and the seven weekdays as columns: seven columns fit a phone.
export function weekHourGrid(cells) {
  const byKey = new Map(cells.map((c) => [`${c.weekday}-${c.hour}`, c]));
  const hours = cells.map((c) => c.hour);
  const first = Math.min(FIRST_HOUR, ...hours);
  const last = Math.max(LAST_HOUR, ...hours);
  const most = Math.max(1, ...cells.map((c) => c.n));
  const detail = el('p', { className: 'heat-detail', attrs: { id: 'heat-detail', 'aria-live': 'polite' } });
  const show = (text) => () => { detail.textContent = text; };
  const rows = [];
  for (let hour = first; hour <= last; hour += 1) {
    const span = { from: hourLabel(hour), to: hourLabel(hour + 1) };
    rows.push(el('tr', {}, el('th', { attrs: { scope: 'row' }, text: span.from }), WEEKDAYS.map((weekday) => {
      const cell = byKey.get(`${weekday}-${hour}`);
      const words = cell
        ? t('patterns.cell', { weekday: t(`weekday.${weekday}`), ...span, n: format.count(cell.n), rate: format.percent(cell.rate) })
        : t('patterns.cell_empty', { weekday: t(`weekday.${weekday}`), ...span });
      const td = el('td', {
        className: cell ? `heat-cell heat-${Math.min(4, Math.ceil((cell.n / most) * 4))}${cell.rate < LOW_RATE ? ' heat-low' : ''}` : 'heat-cell heat-0',
        attrs: { title: words, tabindex: cell ? 0 : null, 'aria-label': words },
        on: { focus: show(words), mouseenter: show(words) },
      }, cell ? el('span', { className: 'heat-n', text: format.count(cell.n) }) : '·',
      cell ? el('span', { className: 'heat-rate', text: format.percent(cell.rate, 0) }) : null);
      return td;
    })));
  }
  const grid = el('table', { className: 'heat' },
    el('thead', {}, el('tr', {}, el('th', { attrs: { scope: 'col' }, text: t('patterns.hour') }),
      WEEKDAYS.map((weekday) => el('th', { attrs: { scope: 'col', abbr: t(`weekday.${weekday}`) }, text: t(`weekday.${weekday}`) })))),
    el('tbody', {}, rows));
  return el('div', { className: 'week-hours', attrs: { id: 'week-hours' } },
    el('h3', { text: t('patterns.week_hours') }),
    el('div', { className: 'table-wrap' }, grid),
    detail,
    el('p', { className: 'note', text: t('patterns.week_hours_note') }));
}

// What the today view's card holds under its heading: the day's levels, reasons, and
// reasons by counter and field.
export function dayPatterns(patterns, ofCentre) {
  return [
    levelBar(patterns.levels || []),
    el('div', { className: 'grid-2' },
      el('div', {}, el('h3', { text: t('patterns.reasons') }), reasonsTable(patterns.reasons || [])),
      el('div', {}, el('h3', { text: t('patterns.by_counter') }), reasonsByCounter(patterns.reasons_by_counter || [], ofCentre)))];
}

// The period view's card: levels, reasons by counter and field (the period's reasons in all
// are in the report's figures above), and the weekday × hour grid.
export function periodPatternsCard(patterns, ofCentre) {
  return el('section', { className: 'card patterns', attrs: { id: 'period-patterns' } },
    el('h2', { text: t('patterns.title_period') }),
    el('div', { className: 'grid-2' },
      levelBar(patterns.levels || []),
      el('div', {}, el('h3', { text: t('patterns.by_counter') }), reasonsByCounter(patterns.reasons_by_counter || [], ofCentre))),
    weekHourGrid(patterns.week_hours || []));
}
