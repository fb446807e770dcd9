// LAYOUT CHECK ONLY: serves assets/dashboard as hailong-server will (/, /dashboard/*,
// /public) and answers the API of assets/dashboard/API.md with fixed JSON from ../fixtures.
// It stands in for the real server until that serves these routes; it checks the session
// cookie and the CSRF header the way the contract says, nothing more.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dashboardDir = path.resolve(here, '../../../assets/dashboard');
const fixturesDir = path.resolve(here, '../fixtures');

export const STUB_USER = 'quanly';
export const STUB_PASSWORD = 'mat-khau-thu-nghiem';
const SESSION = { user: STUB_USER, role: 'admin', csrf: 'csrf-stub-token' };
const COOKIE = 'hl_session=stub';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json',
};

const REPORTS = {
  csv: ['text/csv; charset=utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('STT,Chỉ tiêu\r\n1,stub\r\n')])],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', Buffer.from('PK\x03\x04stub')],
  pdf: ['application/pdf', Buffer.from('%PDF-1.4\n% stub\n')],
};

async function fixture(name) {
  return JSON.parse(await readFile(path.join(fixturesDir, name), 'utf8'));
}

function send(response, status, type, body, headers = {}) {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...headers });
  response.end(body);
}

function json(response, status, value, headers) {
  send(response, status, 'application/json', JSON.stringify(value), headers);
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

async function serveFile(response, file) {
  if (!existsSync(file)) return json(response, 404, { error: 'not-found', message: 'no such file' });
  return send(response, 200, TYPES[path.extname(file)] || 'application/octet-stream', await readFile(file), {
    'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'",
  });
}

async function api(request, response, url) {
  const route = url.pathname;
  const loggedIn = (request.headers.cookie || '').includes(COOKIE);
  if (route === '/api/v1/session' && request.method === 'POST') {
    const body = await readBody(request);
    if (body.user === STUB_USER && body.password === STUB_PASSWORD) {
      return json(response, 200, SESSION, { 'Set-Cookie': `${COOKIE}; HttpOnly; SameSite=Strict; Path=/` });
    }
    return json(response, 401, { error: 'bad-credentials', message: 'wrong user or password' });
  }
  if (!loggedIn) return json(response, 401, { error: 'unauthenticated', message: 'log in first' });
  if (request.method !== 'GET' && request.headers['x-csrf-token'] !== SESSION.csrf) {
    return json(response, 403, { error: 'csrf', message: 'missing CSRF token' });
  }
  const lang = url.searchParams.get('lang') === 'en' ? '-en' : '';
  switch (`${request.method} ${route}`) {
    case 'GET /api/v1/session': return json(response, 200, SESSION);
    case 'DELETE /api/v1/session': return send(response, 204, 'text/plain', '', { 'Set-Cookie': 'hl_session=; Max-Age=0; Path=/' });
    case 'GET /api/v1/daily':
      return json(response, 200, { ...await fixture('daily.json'), date: url.searchParams.get('date') });
    case 'GET /api/v1/kiosks': return json(response, 200, await fixture('kiosks.json'));
    case 'GET /api/v1/alerts': return json(response, 200, await fixture('alerts.json'));
    case 'GET /api/v1/users': return json(response, 200, await fixture('users.json'));
    case 'GET /api/v1/units': return json(response, 200, await fixture('units.json'));
    case 'GET /api/v1/audit': return json(response, 200, await fixture('audit.json'));
    case 'GET /api/v1/indicators': {
      const period = url.searchParams.get('period');
      const name = existsSync(path.join(fixturesDir, `indicators-${period}.json`)) ? period : '2026-Q4';
      return json(response, 200, await fixture(`indicators-${name}.json`));
    }
    case 'GET /api/v1/ranking':
      return json(response, 200, await fixture(`ranking-${url.searchParams.get('by') === 'counter' ? 'counter' : 'staff'}.json`));
    case 'GET /api/v1/charts/hourly.svg': return serveFile(response, path.join(fixturesDir, `charts/hourly${lang}.svg`));
    case 'GET /api/v1/charts/trend.svg': return serveFile(response, path.join(fixturesDir, `charts/trend${lang}.svg`));
    case 'GET /api/v1/report': {
      const [type, bytes] = REPORTS[url.searchParams.get('format')] || [];
      if (!type) return json(response, 400, { error: 'invalid-format', message: 'csv, xlsx, pdf or json' });
      const file = `hai-long-${url.searchParams.get('period')}-${url.searchParams.get('rule')}.${url.searchParams.get('format')}`;
      return send(response, 200, type, bytes, { 'Content-Disposition': `attachment; filename="${file}"` });
    }
    case 'POST /api/v1/counters/' + route.split('/')[4] + '/prompt':
      return json(response, 202, { status: 'queued' });
    default:
      return json(response, 404, { error: 'not-found', message: route });
  }
}

// Starts on a free port of 127.0.0.1; resolves to {url, close()}.
export function startStubServer() {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://localhost');
      if (url.pathname === '/') return await serveFile(response, path.join(dashboardDir, 'index.html'));
      if (url.pathname === '/public') return await serveFile(response, path.join(dashboardDir, 'public.html'));
      if (url.pathname === '/public/indicators') return json(response, 200, await fixture('public.json'));
      if (url.pathname.startsWith('/dashboard/')) {
        const name = path.basename(url.pathname);
        return await serveFile(response, path.join(dashboardDir, name));
      }
      if (url.pathname.startsWith('/api/')) return await api(request, response, url);
      return json(response, 404, { error: 'not-found', message: url.pathname });
    } catch (error) {
      return json(response, 500, { error: 'stub-failed', message: String(error) });
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
