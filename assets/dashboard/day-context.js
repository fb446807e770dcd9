// "Hôm nay so với các mốc": the day against the day before, the same weekday a week earlier,
// the quarter and the year so far (GET /api/v1/daily/context), and how many satisfied ratings
// in a row would bring the quarter's indicators to their targets.
import { el, table } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import * as format from './format.js';
import { periodTitle } from './periods.js';

function name(indicator) {
  return (currentLanguage() === 'en' && indicator.name_en) || indicator.name;
}

// The change from `other` to today, in points of the rates as shown.
function change(today, other) {
  if (today.rate === null || other.rate === null) return '—';
  const cut = (value) => Math.trunc(value * 10 + 1e-9) / 10;
  const points = Math.round((cut(today.rate) - cut(other.rate)) * 10) / 10;
  return `${points > 0 ? '+' : points < 0 ? '-' : ''}${format.decimal(Math.abs(points))}`;
}

function toTarget(indicator) {
  if (indicator.met) return t('context.reached');
  if (indicator.to_target === null) return '—';
  return format.count(indicator.to_target);
}

// The sentence staff read first: indicator 1 of the plan (every administrative rating) this
// quarter, and what it takes to reach its target.
function headline(quarter) {
  const first = (quarter.indicators || [])[0];
  if (!first) return null;
  let verdict;
  if (first.n === 0) verdict = t('context.no_ratings');
  else if (first.met) verdict = t('context.met');
  else if (first.to_target === null) verdict = t('context.unreachable');
  else verdict = t('context.needed', { k: format.count(first.to_target) });
  return el('p', { className: `context-headline ${first.met ? 'met' : first.n ? 'not-met' : ''}`, attrs: { id: 'context-headline' } },
    el('span', { text: t('context.headline', {
      name: name(first), rate: format.percent(first.rate), n: format.count(first.n), target: format.percent(first.target, 0),
    }) }), ' ', el('strong', { text: verdict }));
}

export function dayContextCard(context, isToday) {
  const day = (iso) => format.date(iso);
  const rows = [
    { label: isToday ? t('context.today', { date: day(context.date) }) : t('context.day', { date: day(context.date) }), ...context.today, rowClass: 'context-now' },
    { label: t('context.yesterday', { date: day(context.yesterday.from) }), ...context.yesterday },
    { label: t('context.last_week', { date: day(context.last_week.from) }), ...context.last_week },
    { label: t('context.quarter', { period: periodTitle(context.quarter_to_date.period, t), from: day(context.quarter_to_date.from), to: day(context.quarter_to_date.to) }), ...context.quarter_to_date },
    { label: t('context.year', { period: periodTitle(context.year_to_date.period, t), from: day(context.year_to_date.from), to: day(context.year_to_date.to) }), ...context.year_to_date },
  ];
  const today = context.today;
  const comparisons = table([
    { label: t('context.when'), value: (r) => r.label },
    { label: t('context.n'), value: (r) => format.count(r.n), numeric: true },
    { label: t('context.rate'), value: (r) => format.percent(r.rate), numeric: true },
    { label: t('context.change'), value: (r) => (r.rowClass ? '—' : change(today, r)), numeric: true },
  ], rows, { className: 'data context-table' });
  const quarter = context.quarter_to_date;
  const targets = table([
    { label: t('context.indicator'), value: (r) => name(r) },
    { label: t('context.quarter_rate'), value: (r) => `${format.percent(r.rate)} (${format.count(r.n)})`, numeric: true },
    { label: t('context.target'), value: (r) => format.percent(r.target, 0), numeric: true },
    { label: t('context.to_target'), value: toTarget, numeric: true },
  ], (quarter.indicators || []).map((r) => ({ ...r, rowClass: r.met ? '' : r.n ? 'row-warn' : '' })),
  { className: 'data context-targets' });
  return el('section', { className: 'card context', attrs: { id: 'day-context' } },
    el('h2', { text: t('context.title') }),
    headline(quarter),
    el('div', { className: 'grid-2' },
      el('div', {}, comparisons),
      // Folded on a phone under its heading, so the day's own figures stay near the top.
      el('details', { className: 'fold-inline', attrs: { open: window.matchMedia('(min-width: 701px)').matches } },
        el('summary', {}, el('h3', { text: t('context.target_title', { period: periodTitle(quarter.period, t) }) })), targets)));
}
