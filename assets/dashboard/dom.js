// Builds elements from data with textContent only: text from the server (comments, names)
// can never become markup, whatever it contains.

export function el(tag, options = {}, ...children) {
  const element = document.createElement(tag);
  const { className, text, attrs, on, dataset } = options;
  if (className) element.className = className;
  if (text !== undefined && text !== null) element.textContent = String(text);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== undefined && value !== null && value !== false) element.setAttribute(name, String(value));
  }
  for (const [name, value] of Object.entries(dataset || {})) element.dataset[name] = value;
  for (const [event, handler] of Object.entries(on || {})) element.addEventListener(event, handler);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function clear(element) {
  element.replaceChildren();
  return element;
}

// A table with a caption-less header row; `columns` = [{label, value(row) -> text|Node, numeric}].
export function table(columns, rows, { className = 'data', emptyText = '' } = {}) {
  const head = el('thead', {}, el('tr', {}, columns.map((c) => el('th', {
    text: c.label, attrs: { scope: 'col' }, className: c.numeric ? 'num' : '',
  }))));
  const body = el('tbody', {}, rows.map((row) => el('tr', { className: row.rowClass || '' }, columns.map((c) => {
    const value = c.value(row);
    return el('td', { className: c.numeric ? 'num' : '', attrs: { 'data-label': c.label } }, value instanceof Node ? value : String(value ?? '—'));
  }))));
  const wrapper = el('div', { className: 'table-wrap' }, el('table', { className }, head, body));
  if (rows.length === 0 && emptyText) wrapper.append(el('p', { className: 'empty', text: emptyText }));
  return wrapper;
}
