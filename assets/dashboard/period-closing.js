// Closing a period's figures ("chốt số liệu") once its report is sent: a manager closes, an
// admin reopens. A closed period shows who closed it and when, and the ratings dated in it
// that arrived afterwards, which its figures leave out.
import { api, errorText, query } from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';
import * as format from './format.js';

function closingPath(params) {
  return `/api/v1/periods/${encodeURIComponent(params.period)}/close?${query({ rule: params.rule })}`;
}

function actionButton(id, label, className, confirmText, action, status) {
  return el('button', { attrs: { type: 'button', id }, className, text: label,
    on: { click: async () => {
      if (!window.confirm(confirmText)) return;
      status.textContent = '';
      try {
        await action();
      } catch (error) {
        status.textContent = errorText(error);
        status.classList.add('error');
      }
    } } });
}

// The card under the period's heading; null for a viewer of an open period (nothing to show).
export function closingCard(indicators, params, { hasRole, onChange }) {
  const { closed, late } = indicators;
  const status = el('p', { className: 'form-status', attrs: { role: 'status' } });
  if (!closed) {
    if (!hasRole('manager')) return null;
    return el('section', { className: 'card closing', attrs: { id: 'period-closing' } },
      el('p', { text: t('closing.open') }),
      actionButton('period-close', t('closing.close'), '', t('closing.confirm_close'),
        async () => { await api.post(closingPath(params)); onChange(); }, status),
      status);
  }
  const lines = [el('p', { attrs: { id: 'period-closed' },
    text: t('closing.closed', { time: format.dateTime(closed.at), user: closed.by }) })];
  if (late) {
    lines.push(el('p', { attrs: { id: 'period-late' }, text: late.n
      ? t('closing.late', { n: format.count(late.n), rate: format.percent(late.rate) })
      : t('closing.no_late') }));
  }
  return el('section', { className: 'card closing', attrs: { id: 'period-closing' } }, lines,
    hasRole('admin')
      ? actionButton('period-reopen', t('closing.reopen'), 'small danger', t('closing.confirm_reopen'),
        async () => { await api.delete(closingPath(params)); onChange(); }, status)
      : null,
    status);
}
