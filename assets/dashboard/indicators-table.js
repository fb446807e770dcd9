// The plan's appendix table (STT, chỉ tiêu, cơ quan chủ trì, chỉ tiêu kế hoạch, kết quả
// thực hiện, số phiếu, khoảng tin cậy, đánh giá), shared by the today and period views.
import { el, table } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import * as format from './format.js';

// A period still running is progress towards a yearly target: its not-met reads "Chưa đạt".
// Below `minRatings` (a day's alert threshold) a verdict would rest on a handful of ratings.
export function statusBadge(indicator, { complete = true, minRatings = 0 } = {}) {
  // No ratings is no verdict: saying "not met" would blame a unit nobody has rated yet.
  if (!indicator.n || !indicator.status) return el('span', { className: 'badge none', text: t('status.no_data') });
  if (indicator.n < minRatings) {
    return el('span', { className: 'badge none', text: t('status.too_few', { n: format.count(indicator.n), min: format.count(minRatings) }) });
  }
  const met = indicator.status === 'met';
  const word = met || complete ? t(`status.${indicator.status}`) : t('status.not-met-yet');
  return el('span', { className: `badge ${met ? 'met' : 'not-met'}` },
    el('span', { attrs: { 'aria-hidden': 'true' }, text: met ? '✔ ' : '✖ ' }),
    el('strong', { text: word }),
    el('span', { className: 'confidence', text: ` · ${t(`confidence.${indicator.confidence}`)}` }));
}

export function indicatorName(indicator) {
  return (currentLanguage() === 'en' && indicator.name_en) || indicator.name;
}

// As the plan's appendix: a part of another indicator (tthc-land under tthc) is its
// "Trong đó" row, without a number of its own.
export function appendixName(indicator) {
  return indicator.parent ? `${t('indicator.part')}: ${indicatorName(indicator)}` : indicatorName(indicator);
}

export function indicatorsTable(indicators, { withLead = true, complete = true, minRatings = 0 } = {}) {
  const columns = [
    { label: t('col.stt'), value: (row) => row.stt, numeric: true },
    { label: t('col.indicator'), value: (row) => appendixName(row) },
  ];
  if (withLead) {
    columns.push({
      label: t('col.lead'),
      value: (row) => (currentLanguage() === 'en' && row.lead_en) || row.lead || '—',
    }, {
      label: t('col.partner'),
      value: (row) => (currentLanguage() === 'en' && row.partner_en) || row.partner || '—',
    });
  }
  columns.push(
    { label: `${t('col.target')} (%)`, value: (row) => format.decimal(row.target), numeric: true },
    { label: `${t('col.result')} (%)`, value: (row) => el('strong', { text: format.decimal(row.rate) }), numeric: true },
    { label: t('col.n'), value: (row) => format.count(row.n), numeric: true },
    { label: t('col.ci'), value: (row) => format.interval(row.ci_low, row.ci_high), numeric: true },
    { label: t('col.status'), value: (row) => statusBadge(row, { complete, minRatings }) },
  );
  let number = 0;
  const rows = indicators.map((indicator) => ({ ...indicator, stt: indicator.parent ? '' : String(++number) }));
  return table(columns, rows, { className: 'data appendix', emptyText: t('none') });
}
