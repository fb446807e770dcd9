// A day typed and shown as dd/mm/yyyy whatever the browser's locale (a type="date" input
// would show "11/28/2026" on an English browser), kept as "YYYY-MM-DD" for the API.
import { el } from './dom.js';
import { t } from './i18n.js';
import * as format from './format.js';

// `onChange(isoDay)` runs only for a real day within `max`; anything else is reported on the
// input and the last good day stays chosen.
export function dateInput({ id, value, max, onChange }) {
  const input = el('input', { attrs: {
    id, type: 'text', value: format.date(value), inputmode: 'numeric', autocomplete: 'off',
    placeholder: t('date.placeholder'), size: 10, maxlength: 10, 'aria-describedby': `${id}-hint`,
  } });
  const hint = el('span', { className: 'visually-hidden', attrs: { id: `${id}-hint` }, text: t('date.hint') });
  input.addEventListener('change', () => {
    const day = format.parseDate(input.value);
    const problem = !day ? t('date.invalid') : max && day > max ? t('date.future') : '';
    input.setCustomValidity(problem);
    if (problem) {
      input.reportValidity();
      return;
    }
    input.value = format.date(day);
    onChange(day);
  });
  return { input, hint };
}
