// The report's comparisons and explanations on the period view, from the same figures as the
// exports (GET /api/v1/report/figures): each indicator against the previous period, the same
// period last year and the year to date; the period by field and by unit; reasons; comments;
// the rate per criterion of each survey that asked criteria.
import { el, table } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import * as format from './format.js';
import { appendixName } from './indicators-table.js';

// The change between two rates as shown (each cut to one decimal), in points.
function change(now, before) {
  if (now === null || now === undefined || before === null || before === undefined) return '—';
  const cut = (value) => Math.trunc(value * 10 + 1e-9) / 10;
  const points = Math.round((cut(now) - cut(before)) * 10) / 10;
  return `${points > 0 ? '+' : points < 0 ? '-' : ''}${format.decimal(Math.abs(points))}`;
}

function figures(other) {
  return other && other.n ? `${format.decimal(other.rate)} (${format.count(other.n)})` : '—';
}

function tally(label, key) {
  return [
    { label, value: (row) => row[key] },
    { label: t('col.n'), value: (row) => format.count(row.n), numeric: true },
    { label: t('col.satisfied'), value: (row) => format.count(row.satisfied), numeric: true },
    { label: t('col.rate'), value: (row) => format.percent(row.rate), numeric: true },
  ];
}

// One table per survey (a code such as "co-so-vat-chat" may be in several), its question above.
function criteriaBySurvey(rows, english) {
  const surveys = new Map();
  for (const row of rows) {
    if (!surveys.has(row.survey)) surveys.set(row.survey, []);
    surveys.get(row.survey).push(row);
  }
  if (surveys.size === 0) return el('p', { className: 'empty', text: t('none') });
  return [...surveys.entries()].map(([survey, criteria]) =>
    el('div', { className: 'criteria-survey', dataset: { survey } },
      el('h4', { text: english ? criteria[0].survey_title_en : criteria[0].survey_title }),
      table(tally(t('figures.criterion'), english ? 'label_en' : 'label'), criteria, { className: 'data criteria' })));
}

export function periodFigures(report) {
  const comparisons = table([
    { label: t('col.indicator'), value: (row) => appendixName(row) },
    { label: t('figures.now'), value: (row) => format.decimal(row.rate), numeric: true },
    { label: t('figures.previous'), value: (row) => figures(row.previous), numeric: true },
    { label: t('figures.change'), value: (row) => change(row.rate, row.previous?.rate), numeric: true },
    { label: t('figures.last_year'), value: (row) => figures(row.same_period_last_year), numeric: true },
    { label: t('figures.change'), value: (row) => change(row.rate, row.same_period_last_year?.rate), numeric: true },
    { label: t('figures.year_to_date'), value: (row) => figures(row.year_to_date), numeric: true },
  ], report.indicators || [], { className: 'data comparisons', emptyText: t('none') });
  const english = currentLanguage() === 'en';
  const reasons = table([
    { label: t('figures.reason'), value: (row) => row.text },
    { label: t('figures.kind'), value: (row) => t(`figures.${row.kind}`) },
    { label: t('figures.count'), value: (row) => format.count(row.count), numeric: true },
  ], report.reasons || [], { className: 'data reasons', emptyText: t('none') });
  const comments = el('ul', { className: 'comments report-comments' }, (report.comments || []).map((c) =>
    el('li', { className: 'comment' },
      el('span', { className: 'comment-meta', text: `${format.dateTime(c.created_at)} · ${c.overall}/5${c.field ? ` · ${c.field}` : ''} ` }),
      el('span', { className: 'comment-text', text: c.comment }))));
  return el('div', { className: 'period-figures', attrs: { id: 'period-figures', lang: english ? 'en' : 'vi' } },
    el('section', { className: 'card' }, el('h2', { text: t('figures.comparisons') }), comparisons),
    el('div', { className: 'grid-2' },
      el('section', { className: 'card' }, el('h3', { text: t('figures.by_field') }),
        table(tally(t('col.field'), 'name'), report.by_field || [], { className: 'data by-field', emptyText: t('none') })),
      el('section', { className: 'card' }, el('h3', { text: t('figures.by_unit') }),
        table(tally(t('col.unit'), 'name'), report.by_unit || [], { className: 'data by-unit', emptyText: t('none') }))),
    el('div', { className: 'grid-2' },
      el('section', { className: 'card' }, el('h3', { text: t('figures.reasons') }), reasons),
      el('section', { className: 'card' }, el('h3', { text: t('figures.comments') }), comments)),
    el('section', { className: 'card period-criteria' }, el('h3', { text: t('figures.criteria') }),
      criteriaBySurvey(report.criteria || [], english)));
}
