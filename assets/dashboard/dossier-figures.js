// The dossiers of a day or period (the `dossiers` object and the `on-time` indicator of
// GET /api/v1/indicators): how many were resolved and on time, how many were rated against
// the sample the method asks for, and satisfaction of dossiers returned on time beside late.
import { el } from './dom.js';
import { t } from './i18n.js';
import * as format from './format.js';
import { statusBadge } from './indicators-table.js';

function figure(id, label, value, ...notes) {
  return el('div', { className: 'stat', attrs: { id } },
    el('span', { className: 'stat-label', text: label }),
    el('span', { className: 'stat-value', text: value }),
    notes.filter(Boolean).map((note) => (note instanceof Node ? note : el('span', { className: 'stat-note', text: note }))));
}

// Reached or not in words and a mark as well as colour: the badge reads the same in grey.
function sampleBadge(dossiers) {
  const reached = dossiers.sample_reached;
  const text = reached
    ? t('dossiers.sample_reached')
    : t('dossiers.sample_missing', { missing: format.count(dossiers.sample_needed - dossiers.rated) });
  return el('span', { className: `badge ${reached ? 'met' : 'not-met'}`, attrs: { id: 'dossiers-sample-reached' } },
    el('span', { attrs: { 'aria-hidden': 'true' }, text: reached ? '✔ ' : '✖ ' }),
    el('strong', { text }));
}

function satisfaction(id, label, group) {
  return el('div', { className: 'stat', attrs: { id } },
    el('span', { className: 'stat-label', text: label }),
    el('span', { className: 'stat-value', text: group.n ? format.percent(group.rate) : '—' }),
    el('span', { className: 'stat-note', text: group.n
      ? t('dossiers.satisfied_of', { satisfied: format.count(group.satisfied), n: format.count(group.n) })
      : t('status.no_data') }));
}

// `answer`: the indicators answer; `emptyText` says plainly that none was returned.
export function dossierCard(answer, { emptyText, complete = true, minRatings = 0 }) {
  const section = el('section', { className: 'card dossiers', attrs: { id: 'dossier-figures' } },
    el('h2', { text: t('dossiers.title') }));
  const dossiers = answer.dossiers;
  if (!dossiers) {
    section.append(el('p', { className: 'empty', attrs: { id: 'dossiers-none' }, text: emptyText }));
    return section;
  }
  const onTime = (answer.indicators || []).find((indicator) => indicator.id === 'on-time')
    || { n: dossiers.handled, rate: (dossiers.on_time * 100) / dossiers.handled };
  const share = (part) => t('dossiers.of', { part: format.count(part), of: format.count(dossiers.handled) });
  const timeliness = dossiers.by_timeliness || {};
  section.append(
    el('div', { className: 'stats dossier-stats' },
      figure('dossiers-handled', t('dossiers.handled'), format.count(dossiers.handled), t('dossiers.handled_note')),
      figure('dossiers-on-time', t('dossiers.on_time'), format.percent(onTime.rate), share(dossiers.on_time),
        el('span', {}, statusBadge(onTime, { complete, minRatings }))),
      figure('dossiers-online', t('dossiers.online'), format.percent(dossiers.online * 100 / dossiers.handled), share(dossiers.online)),
      figure('dossiers-rated', t('dossiers.rated'), format.count(dossiers.rated),
        t('dossiers.response_rate', { rate: format.percent(dossiers.response_rate) })),
      figure('dossiers-sample', t('dossiers.sample'), format.count(dossiers.sample_needed), el('span', {}, sampleBadge(dossiers))),
      figure('dossiers-repeats', t('dossiers.repeats'), format.count(dossiers.repeats), t('dossiers.repeats_note'))),
    el('h3', { text: t('dossiers.by_timeliness') }),
    el('div', { className: 'stats timeliness' },
      satisfaction('dossiers-satisfied-on-time', t('dossiers.returned_on_time'), timeliness.on_time || { n: 0 }),
      satisfaction('dossiers-satisfied-late', t('dossiers.returned_late'), timeliness.late || { n: 0 })));
  return section;
}
