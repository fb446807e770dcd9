// "Phản ánh": complaint cases (every rating at level 1–2 and every comment), the ones still
// waiting for an answer, oldest first, with their age in working days. Each is moved on
// (in progress → answered → closed) with a note and the action taken. Managers and admins.
import { api, errorText } from './api.js';
import { el, clear } from './dom.js';
import { t } from './i18n.js';
import * as format from './format.js';

// Where a case may go from where it is: forward only.
const NEXT = {
  open: ['in-progress', 'answered', 'closed'],
  'in-progress': ['answered', 'closed'],
  answered: ['closed'],
  closed: [],
};

let latestRequest = 0;

function levelTone(level) {
  return level <= 2 ? 'bad' : level >= 4 ? 'good' : 'neutral';
}

function moveForm(item, reload) {
  const id = `case-${item.id}`;
  const status = el('p', { className: 'form-status', attrs: { role: 'status' } });
  const choice = el('select', { attrs: { id: `${id}-status`, name: 'status' } },
    NEXT[item.status].map((code) => el('option', { attrs: { value: code }, text: t(`case.status.${code}`) })));
  const note = el('textarea', { attrs: { id: `${id}-note`, name: 'note', rows: 1, maxlength: 1000 } });
  const action = el('textarea', { attrs: { id: `${id}-action`, name: 'action', rows: 1, maxlength: 1000 } });
  note.value = item.note || '';
  action.value = item.action || '';
  return el('form', { className: 'case-form', attrs: { 'aria-label': t('case.move_label') },
    on: { submit: async (event) => {
      event.preventDefault();
      status.textContent = '';
      status.classList.remove('error');
      try {
        await api.post(`/api/v1/cases/${encodeURIComponent(item.id)}`,
          { status: choice.value, note: note.value, action: action.value });
        reload();
      } catch (error) {
        status.textContent = errorText(error);
        status.classList.add('error');
      }
    } } },
  el('div', { className: 'field' }, el('label', { attrs: { for: choice.id }, text: t('case.move_to') }), choice),
  el('div', { className: 'field case-text' }, el('label', { attrs: { for: note.id }, text: t('case.note') }), note),
  el('div', { className: 'field case-text' }, el('label', { attrs: { for: action.id }, text: t('case.action') }), action),
  el('button', { attrs: { type: 'submit' }, text: t('case.save') }),
  status);
}

function caseItem(item, answerDays, reload) {
  const r = item.rating || {};
  const tone = levelTone(r.overall);
  const age = t('case.age', { days: format.count(item.age_days) });
  return el('li', { className: `case${item.overdue ? ' overdue' : ''}`, attrs: { id: `case-${item.id}` } },
    el('div', { className: 'case-meta' },
      el('span', { className: 'comment-time', text: format.dateTime(item.opened_at) }),
      el('span', { className: 'case-age', text: age }),
      item.overdue
        ? el('span', { className: 'badge not-met case-overdue', text: `⚠ ${t('case.overdue', { days: answerDays })}` })
        : null,
      el('span', { className: 'badge none', text: t(`case.status.${item.status}`) }),
      el('span', { className: `level level-${tone}`, text: `${r.overall} · ${t(`level.${r.overall}`)}` }),
      r.unit ? el('span', { text: `${t('col.unit')}: ${r.unit}` }) : null,
      r.counter ? el('span', { text: `${t('col.counter')}: ${r.counter}` }) : null,
      r.staff ? el('span', { text: `${t('col.staff')}: ${r.staff}` }) : null,
      r.dossier_tied ? el('span', { className: 'case-dossier', text: t('case.dossier_tied') }) : null),
    r.reasons && r.reasons.length
      ? el('p', { className: 'case-reasons', text: `${t('case.reasons')}: ${r.reasons.join(', ')}` })
      : null,
    r.comment ? el('p', { className: 'comment-text', text: r.comment }) : null,
    item.handler
      ? el('p', { className: 'note', text: t('case.handled', { user: item.handler, time: format.dateTime(item.updated_at) }) })
      : null,
    moveForm(item, reload));
}

// After a move the list stays in place until the new one replaces it, as the admin view does:
// no flash of an empty tab, and the page keeps its scroll.
export async function renderCases(container, { showLoadError }, { keepShown = false } = {}) {
  const request = ++latestRequest;
  const reload = () => renderCases(container, { showLoadError }, { keepShown: true });
  if (!keepShown) clear(container).append(el('p', { className: 'loading', text: '…' }));
  let answer;
  try {
    answer = await api.get('/api/v1/cases');
  } catch (error) {
    if (request === latestRequest) showLoadError(container, error, reload);
    return;
  }
  if (request !== latestRequest) return;
  const cases = answer.cases || [];
  const section = el('section', { className: 'card cases', attrs: { id: 'cases-card' } },
    el('h2', { text: t('case.title') }),
    el('p', { className: 'note', text: t('case.rule', { days: answer.answer_days }) }));
  if (cases.length === 0) {
    section.append(el('p', { className: 'empty', text: t('case.none') }));
  } else {
    section.append(el('ul', { className: 'case-list' },
      cases.map((item) => caseItem(item, answer.answer_days, reload))));
  }
  clear(container).append(section);
}
