// "Thư thông báo": any signed-in staff member gives an e-mail address and ticks the notices they
// want (GET/PUT /api/v1/me/notifications). What each kind means is the server's; this only
// shows the choice and saves it.
import { api, errorText } from './api.js';
import { el, clear } from './dom.js';
import { t } from './i18n.js';
import * as format from './format.js';

function kindBox(kind, chosen) {
  const id = `notify-${kind}`;
  return el('div', { className: 'check-field' },
    el('input', { attrs: { id, type: 'checkbox', name: 'kinds', value: kind, checked: chosen } }),
    el('label', { attrs: { for: id }, text: t(`notify.kind.${kind}`) }));
}

// Whether mail goes out at all, and the last failure when there was one.
function mailState(mail) {
  if (!mail || !mail.enabled) return el('p', { className: 'note', text: t('notify.off') });
  if (!mail.last_error_at) return null;
  return el('p', { className: 'note', text: t('notify.failing', { time: format.dateTime(mail.last_error_at) }) });
}

export async function renderNotificationForm(container) {
  clear(container).append(el('h2', { text: t('notify.title') }));
  let choice;
  try {
    choice = await api.get('/api/v1/me/notifications');
  } catch (error) {
    clear(container).append(el('h2', { text: t('notify.title') }),
      el('p', { className: 'error', attrs: { role: 'alert' }, text: errorText(error) }));
    return;
  }
  const status = el('p', { className: 'form-status', attrs: { role: 'status' } });
  const form = el('form', { className: 'notify-form', attrs: { id: 'notify-form', novalidate: true }, on: { submit: async (event) => {
    event.preventDefault();
    status.classList.remove('error');
    const kinds = [...form.querySelectorAll('input[name="kinds"]:checked')].map((box) => box.value);
    try {
      await api.put('/api/v1/me/notifications', { email: form.querySelector('#notify-email').value.trim(), kinds });
      status.textContent = t('notify.saved');
    } catch (error) {
      status.textContent = errorText(error);
      status.classList.add('error');
    }
  } } },
  el('div', { className: 'field' },
    el('label', { attrs: { for: 'notify-email' }, text: t('notify.email') }),
    el('input', { attrs: { id: 'notify-email', type: 'email', autocomplete: 'email', value: choice.email } })),
  el('fieldset', {},
    el('legend', { text: t('notify.kinds') }),
    (choice.available || []).map((kind) => kindBox(kind, (choice.kinds || []).includes(kind)))),
  el('button', { attrs: { type: 'submit' }, text: t('notify.submit') }));
  clear(container).append(el('h2', { text: t('notify.title') }), mailState(choice.mail), form, status);
}
