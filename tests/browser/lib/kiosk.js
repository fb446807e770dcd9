// A kiosk as the browser tests play it, over TLS pinned to the centre's CA with the kiosk's
// token: it waits for its counter's prompt and sends the citizen's rating, copying the
// prompt's dossier into it as kiosk/session/RatingSession.cpp does.
import { randomUUID } from 'node:crypto';
import { request } from 'node:https';

import { KIOSKS } from './real-server.js';
import { postJson } from './seed-ratings.js';

const CENTRE_OFFSET_MS = 7 * 3600 * 1000;

function getJson(url, ca, token) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', ca, headers: { Authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end();
  });
}

export class TestKiosk {
  constructor(server, id) {
    this.server = server;
    this.kiosk = KIOSKS.find((k) => k.id === id);
    this.token = server.tokens[id];
    this.seq = 0;
  }

  // The prompt queued for this kiosk's counter, waiting for it up to `seconds`; null if none came.
  async prompt(seconds = 20) {
    const { status, body } = await getJson(`${this.server.url}/api/v1/kiosk/prompt?wait=${seconds}`, this.server.ca, this.token);
    if (status === 204) return null;
    if (status !== 200) throw new Error(`prompt poll answered ${status} ${JSON.stringify(body)}`);
    return body;
  }

  // One rating made now at this kiosk; `details` may carry dossier, field, staff, comment.
  async rate(overall, details = {}) {
    const createdAt = `${new Date(Date.now() + CENTRE_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
    const rating = {
      id: randomUUID(), created_at: createdAt, seq: ++this.seq, survey: 'default', overall, lang: 'vi',
      ended: 'done', counter: this.kiosk.counter, ...details,
    };
    const { status, body } = await postJson(`${this.server.url}/api/v1/ratings`, this.server.ca, this.token, { ratings: [rating] });
    const result = body?.results?.[0];
    if (status !== 200 || result?.status !== 'accepted') {
      throw new Error(`rating not accepted: ${status} ${JSON.stringify(body)}`);
    }
  }
}
