// The plan's appendix table (STT, chỉ tiêu, cơ quan chủ trì, chỉ tiêu kế hoạch, kết quả
// thực hiện, số phiếu, khoảng tin cậy, đánh giá), shared by the today and period views.
import { el, table } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import * as format from './format.js';

export function statusBadge(indicator) {
  // No ratings is no verdict: saying "not met" would blame a unit nobody has rated yet.
  if (!indicator.n) return el('span', { className: 'badge none', text: t('status.no_data') });
  const met = indicator.status === 'met';
  return el('span', { className: `badge ${met ? 'met' : 'not-met'}` },
    el('span', { attrs: { 'aria-hidden': 'true' }, text: met ? '✔ ' : '✖ ' }),
    el('strong', { text: t(`status.${indicator.status}`) }),
    el('span', { className: 'confidence', text: ` · ${t(`confidence.${indicator.confidence}`)}` }));
}

export function indicatorName(indicator) {
  return (currentLanguage() === 'en' && indicator.name_en) || indicator.name;
}

export function indicatorsTable(indicators, { withLead = true } = {}) {
  const columns = [
    { label: t('col.stt'), value: (row) => String(row.stt), numeric: true },
    { label: t('col.indicator'), value: (row) => indicatorName(row) },
  ];
  if (withLead) {
    columns.push({
      label: t('col.lead'),
      value: (row) => (currentLanguage() === 'en' && row.lead_agency_en) || row.lead_agency || '—',
    });
  }
  columns.push(
    { label: `${t('col.target')} (%)`, value: (row) => format.decimal(row.target), numeric: true },
    { label: `${t('col.result')} (%)`, value: (row) => el('strong', { text: format.decimal(row.rate) }), numeric: true },
    { label: t('col.n'), value: (row) => format.count(row.n), numeric: true },
    { label: t('col.ci'), value: (row) => format.interval(row.ci_low, row.ci_high), numeric: true },
    { label: t('col.status'), value: (row) => statusBadge(row) },
  );
  const rows = indicators.map((indicator, index) => ({ ...indicator, stt: index + 1 }));
  return table(columns, rows, { className: 'data appendix', emptyText: t('none') });
}
