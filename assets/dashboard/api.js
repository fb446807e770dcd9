// The staff API over fetch: the session cookie goes along (same origin) and every
// state-changing request carries the CSRF token of the login answer.
import { hasText, t } from './i18n.js';

let csrfToken = '';
// The centre a province-wide user has picked ('' = the province's roll-up). Staff reads that keep
// to a centre carry it as centre=ID (downloads and charts too, through withCentre); the reads
// below are the same whichever centre is picked (the session, the centres compared, one's own
// settings, the admin lists).
let centre = '';
const NOT_BY_CENTRE = /^\/api\/v1\/(session|centres|me\/|users|units|audit|settings|surveys|fields)\b/;

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code || `HTTP ${status}`);
    this.status = status;
    this.code = code;
  }
}

export function setCsrf(token) {
  csrfToken = token || '';
}

export function setCentre(id) {
  centre = id || '';
}

export function currentCentre() {
  return centre;
}

export function withCentre(path) {
  if (!centre || !path.startsWith('/api/v1/') || NOT_BY_CENTRE.test(path)) return path;
  return `${path}${path.includes('?') ? '&' : '?'}centre=${encodeURIComponent(centre)}`;
}

async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(method === 'GET' ? withCentre(path) : path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return null;
  let payload = null;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, payload?.error, payload?.message);
  }
  return payload;
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body = {}) => request('POST', path, body),
  put: (path, body = {}) => request('PUT', path, body),
  patch: (path, body = {}) => request('PATCH', path, body),
  delete: (path) => request('DELETE', path),
};

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  return search.toString();
}

// What went wrong, in the page's language: from the answer's error code, never the server's
// own text (which is for logs and the command line).
export function errorText(error) {
  if (!(error instanceof ApiError)) return t('error.network');
  if (error.code && hasText(`error.${error.code}`)) return t(`error.${error.code}`);
  return t('error.generic', { status: error.status });
}
