// "Đổi mật khẩu": any signed-in staff member changes their own password, giving the current one.
import { api, errorText } from './api.js';
import { el, clear } from './dom.js';
import { t } from './i18n.js';

function passwordField(id, label, autocomplete) {
  return el('div', { className: 'field' }, el('label', { attrs: { for: id }, text: label }),
    el('input', { attrs: { id, type: 'password', required: true, autocomplete } }));
}

export function renderPasswordForm(container) {
  const status = el('p', { className: 'form-status', attrs: { role: 'status' } });
  const form = el('form', { className: 'inline-form', attrs: { id: 'password-form' }, on: { submit: async (event) => {
    event.preventDefault();
    status.classList.remove('error');
    const current = form.querySelector('#password-current').value;
    const password = form.querySelector('#password-new').value;
    if (password !== form.querySelector('#password-again').value) {
      status.textContent = t('password.mismatch');
      status.classList.add('error');
      return;
    }
    try {
      await api.post('/api/v1/session/password', { current, password });
      form.reset();
      status.textContent = t('password.changed');
    } catch (error) {
      status.textContent = errorText(error);
      status.classList.add('error');
    }
  } } },
  passwordField('password-current', t('password.current'), 'current-password'),
  passwordField('password-new', t('password.new'), 'new-password'),
  passwordField('password-again', t('password.again'), 'new-password'),
  el('button', { attrs: { type: 'submit' }, text: t('password.submit') }));
  clear(container).append(el('h2', { text: t('password.title') }), form, status);
}
