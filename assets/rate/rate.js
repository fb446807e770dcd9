// The phone page behind a dossier's rating link: the kiosk's question, its five faces, the
// reasons and a comment, sent once. The server fills in the link's state and the survey, so
// the page loads nothing from elsewhere and needs no login.
const texts = {
  vi: {
    title: 'Đánh giá sự hài lòng',
    question_fallback: 'Ông/Bà đánh giá thế nào về việc giải quyết hồ sơ?',
    faces: 'Mức độ hài lòng',
    went_wrong: 'Điều gì chưa tốt? (có thể chọn nhiều)',
    went_well: 'Điều gì tốt? (có thể chọn nhiều)',
    comment: 'Góp ý thêm (không bắt buộc)',
    comment_hint: 'Xin đừng ghi họ tên, số điện thoại hay số giấy tờ.',
    send: 'Gửi đánh giá',
    sending: 'Đang gửi…',
    choose_first: 'Xin chọn một mức độ hài lòng.',
    done: 'Cảm ơn Ông/Bà đã đánh giá. Ý kiến đã được ghi nhận.',
    used: 'Liên kết này đã được dùng để đánh giá. Mỗi hồ sơ chỉ được đánh giá một lần.',
    expired: 'Liên kết này đã hết hạn đánh giá.',
    unknown: 'Không tìm thấy liên kết đánh giá này. Xin kiểm tra lại đường dẫn trên biên nhận.',
    busy: 'Hệ thống đang bận. Xin thử lại sau ít phút.',
    failed: 'Không gửi được đánh giá. Xin thử lại.',
    switch: 'English',
    switch_lang: 'en',
  },
  en: {
    title: 'Rate your satisfaction',
    question_fallback: 'How would you rate the handling of your dossier?',
    faces: 'How satisfied are you',
    went_wrong: 'What went wrong? (choose any)',
    went_well: 'What went well? (choose any)',
    comment: 'Anything else (optional)',
    comment_hint: 'Please do not write names, phone numbers or ID numbers.',
    send: 'Send rating',
    sending: 'Sending…',
    choose_first: 'Please choose a level first.',
    done: 'Thank you for your rating. It has been recorded.',
    used: 'This link has already been used. Each dossier can be rated once.',
    expired: 'This rating link has expired.',
    unknown: 'This rating link was not found. Please check the address on your receipt.',
    busy: 'The system is busy. Please try again in a few minutes.',
    failed: 'The rating could not be sent. Please try again.',
    switch: 'Tiếng Việt',
    switch_lang: 'vi',
  },
};

const data = JSON.parse(document.getElementById('link-data').textContent);
const link = window.location.pathname.split('/').pop();
let lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
let chosen = 0;
let ticked = new Set();
let comment = '';
let outcome = data.state === 'open' ? '' : data.state;
// A note under the form ('choose_first' or 'failed'): one at a time, replaced, never stacked.
let notice = '';

const t = (key) => texts[lang][key];
const local = (text) => (text && (text[lang] || text.vi)) || '';

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'onclick') node.addEventListener('click', value);
    else if (name === 'oninput') node.addEventListener('input', value);
    else if (name === 'onkeydown') node.addEventListener('keydown', value);
    else if (value !== false && value !== undefined) node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children);
  return node;
}

function message(kind) {
  return element('p', { class: `message ${kind === 'done' ? 'done' : 'error'}`, role: kind === 'done' ? 'status' : 'alert' }, t(kind));
}

function levels() {
  return [...(data.survey.levels || [])].sort((a, b) => a.value - b.value);
}

function isSatisfied(level) {
  return (data.survey.satisfied || []).includes(level);
}

function choose(level) {
  if (chosen === level) return;
  if (notice === 'choose_first') notice = '';
  const wasSatisfied = isSatisfied(chosen);
  chosen = level;
  // The reasons asked depend on the side of the scale; ticks on the other side do not apply.
  if (wasSatisfied !== isSatisfied(level)) ticked = new Set();
  render(`face-${level}`);
}

// Arrow keys move between the faces, as in any radio group.
function moveChoice(event) {
  const values = levels().map((level) => level.value);
  const index = values.indexOf(chosen);
  if (event.key === 'ArrowRight' || event.key === 'ArrowDown') choose(values[Math.min(values.length - 1, index + 1)]);
  else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') choose(values[Math.max(0, index - 1)]);
  else return;
  event.preventDefault();
}

function facesGroup() {
  const group = element('div', { class: 'faces', role: 'radiogroup', 'aria-label': t('faces'), onkeydown: moveChoice });
  const first = levels()[0]?.value;
  for (const level of levels()) {
    const checked = level.value === chosen;
    group.append(element('button', {
      type: 'button', class: 'face', id: `face-${level.value}`, role: 'radio',
      'aria-checked': checked ? 'true' : 'false',
      tabindex: checked || (!chosen && level.value === first) ? '0' : '-1',
      onclick: () => choose(level.value),
    }, element('img', { src: `face-${level.value}.svg`, alt: '' }), local(level.label)));
  }
  return group;
}

function reasonsGroup() {
  const positive = isSatisfied(chosen);
  const reasons = (data.survey.reasons || []).filter((reason) => Boolean(reason.positive) === positive);
  if (!reasons.length) return [];
  const legend = element('legend', {}, element('h2', {}, t(positive ? 'went_well' : 'went_wrong')));
  const group = element('fieldset', { class: 'reasons' }, legend);
  for (const reason of reasons) {
    const box = element('input', { type: 'checkbox', value: reason.code, checked: ticked.has(reason.code) });
    box.addEventListener('change', () => (box.checked ? ticked.add(reason.code) : ticked.delete(reason.code)));
    group.append(element('label', { class: 'reason' }, box, local(reason.label)));
  }
  return [group];
}

function commentBox() {
  const area = element('textarea', { id: 'comment', maxlength: '500', 'aria-describedby': 'comment-hint', oninput: (event) => { comment = event.target.value; } });
  area.value = comment;
  return [
    element('h2', {}, element('label', { for: 'comment' }, t('comment'))),
    area,
    element('p', { class: 'hint', id: 'comment-hint' }, t('comment_hint')),
  ];
}

async function send(button) {
  button.disabled = true;
  button.textContent = t('sending');
  const body = { link, overall: chosen, lang };
  if (ticked.size) body.reasons = [...ticked];
  if (comment.trim()) body.comment = comment.trim();
  try {
    const reply = await fetch('/api/v1/link-ratings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const states = { 201: 'done', 409: 'used', 410: 'expired', 404: 'unknown' };
    outcome = states[reply.status] || '';
    notice = outcome ? '' : [429, 503].includes(reply.status) ? 'busy' : 'failed';
  } catch {
    notice = 'failed';
  }
  render(notice ? 'notice' : undefined);
}

function render(focusId) {
  document.documentElement.lang = lang;
  document.title = t('title');
  document.getElementById('centre').textContent = data.centre || '';
  const langButton = document.getElementById('lang-switch');
  langButton.textContent = t('switch');
  langButton.lang = t('switch_lang');

  const main = document.getElementById('main');
  main.replaceChildren();
  if (outcome) {
    main.append(element('h1', {}, t('title')), message(outcome));
    main.focus();
    return;
  }
  main.append(element('h1', {}, local(data.survey.title) || t('question_fallback')), facesGroup());
  if (chosen) main.append(...reasonsGroup(), ...commentBox());
  const note = element('p', { id: 'notice', class: 'message error', role: 'alert', tabindex: '-1' }, notice ? t(notice) : '');
  const button = element('button', { type: 'button', class: 'send' }, t('send'));
  button.addEventListener('click', () => {
    if (chosen) {
      send(button);
      return;
    }
    notice = 'choose_first';
    note.textContent = t(notice);
  });
  main.append(note, button);
  if (focusId) document.getElementById(focusId)?.focus();
}

document.getElementById('lang-switch').addEventListener('click', () => {
  lang = lang === 'vi' ? 'en' : 'vi';
  render();
});
render();
