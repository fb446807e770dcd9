// The ratings the browser tests send through the kiosk API, and what the tests expect from
// them, counted here from what was sent — never read back from the server.
import { randomUUID } from 'node:crypto';
import { request } from 'node:https';

import { KIOSKS, UNITS } from './real-server.js';

const DAY_MS = 24 * 3600 * 1000;
const CENTRE_OFFSET_MS = 7 * 3600 * 1000;
// Days back with history: enough to cross the start of a quarter under either rule.
const HISTORY_DAYS = [1, 2, 4, 7, 12, 20, 30, 45, 60, 75, 90, 105];

export const HOSTILE_COMMENTS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
];

const LAND_FIELDS = new Set(['dat-dai', 'xay-dung', 'dau-tu']);

// RFC 3339 in centre time: "2026-11-28T09:15:00+07:00".
function centreInstant(ms) {
  return `${new Date(ms + CENTRE_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

export function centreDate(ms) {
  return new Date(ms + CENTRE_OFFSET_MS).toISOString().slice(0, 10);
}

// `count` ratings of one kind, `unhappy` of them with the given low levels.
function group(count, unhappy, shape) {
  return Array.from({ length: count }, (_, i) => ({
    ...shape,
    overall: i < unhappy.length ? unhappy[i] : 4 + (i % 2),
  }));
}

// Today: 43 ratings, 40 satisfied (93,0 %); the admin unit alone 33 with 30 satisfied, which
// is below its 95 % target with enough ratings to raise an alert. Before today: six ratings
// on each of HISTORY_DAYS, a few of them unhappy.
function plan(now) {
  const today = [
    ...group(20, [2], { kiosk: 'k-01', field: 'ho-tich', staff: 'cb-01' }),
    ...group(8, [1, 3], { kiosk: 'k-02', field: 'dat-dai', staff: 'cb-02' }),
    ...group(5, [], { kiosk: 'k-02' }),
    ...group(10, [], { kiosk: 'k-yt' }),
  ];
  today[0].comment = HOSTILE_COMMENTS[0];
  today[20].comment = HOSTILE_COMMENTS[1];
  today[1].comment = 'Cán bộ hướng dẫn tận tình, thủ tục nhanh gọn.';
  today.forEach((rating, i) => { rating.at = now - i * 1000; });
  // The health station's kiosk asks its survey's criteria; 0 is "no opinion".
  today.filter((rating) => rating.kiosk === 'k-yt').forEach((rating, i) => {
    rating.survey = 'y-te';
    rating.criteria = { 'tiep-can': [5, 4, 2, 0][i % 4], 'ket-qua': i % 3 === 0 ? 3 : 5 };
  });

  const history = HISTORY_DAYS.flatMap((days, j) => [
    { kiosk: 'k-01', field: 'chung-thuc', staff: 'cb-03', overall: j % 3 === 0 ? 2 : 5 },
    { kiosk: 'k-01', field: 'ho-tich', staff: 'cb-01', overall: 4 },
    { kiosk: 'k-01', field: 'chung-thuc', staff: 'cb-03', overall: 5 },
    { kiosk: 'k-02', field: 'xay-dung', staff: 'cb-02', overall: j % 4 === 0 ? 1 : 4 },
    { kiosk: 'k-02', overall: 5 },
    { kiosk: 'k-yt', overall: j % 5 === 0 ? 3 : 5 },
  ].map((rating, i) => ({ ...rating, at: now - days * DAY_MS - i * 60 * 1000 })));
  return [...today, ...history];
}

function toWire(rating, seq) {
  const wire = {
    id: randomUUID(), created_at: centreInstant(rating.at), seq, survey: rating.survey || 'default',
    overall: rating.overall, lang: 'vi', ended: 'done',
    counter: KIOSKS.find((k) => k.id === rating.kiosk).counter,
  };
  for (const key of ['field', 'staff', 'comment', 'criteria']) if (rating[key]) wire[key] = rating[key];
  return wire;
}

// `token`: a kiosk's or the one-stop system's; none for a citizen's phone.
export function postJson(url, ca, token, body) {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(JSON.stringify(body));
    const req = request(url, {
      method: 'POST', ca,
      // Date: the kiosk's clock, which the server compares with its own (the clocks agree here).
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        'Content-Type': 'application/json', 'Content-Length': payload.length,
        Date: new Date().toUTCString(),
      },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

// Sends every kiosk's ratings over TLS with only the centre's CA trusted; resolves to the
// ratings with their unit kind and centre date, once each one was accepted.
export async function seedRatings(server, now = Date.now()) {
  const ratings = plan(now).map((rating) => {
    const kiosk = KIOSKS.find((k) => k.id === rating.kiosk);
    return { ...rating, counter: kiosk.counter, kind: UNITS.find((u) => u.id === kiosk.unit).kind, date: centreDate(rating.at) };
  });
  for (const kiosk of KIOSKS) {
    // A kiosk numbers its ratings in the order they were made.
    const own = ratings.filter((rating) => rating.kiosk === kiosk.id).sort((a, b) => a.at - b.at);
    const { status, body } = await postJson(`${server.url}/api/v1/ratings`, server.ca, server.tokens[kiosk.id],
      { ratings: own.map((rating, i) => toWire(rating, i + 1)) });
    const refused = body?.results?.filter((result) => result.status !== 'accepted') ?? [];
    if (status !== 200 || refused.length > 0) {
      throw new Error(`ratings of ${kiosk.id} not accepted: ${status} ${JSON.stringify(refused.length ? refused : body)}`);
    }
  }
  return ratings;
}

export function tally(ratings) {
  const satisfied = ratings.filter((rating) => rating.overall >= 4).length;
  return { n: ratings.length, satisfied, rate: ratings.length ? (satisfied * 100) / ratings.length : null };
}

// Each criterion answered, as "survey/code" -> {n, satisfied}: levels 4 and 5 satisfied, 0 ("no
// opinion") out of n.
export function criterionTally(ratings) {
  const counts = new Map();
  for (const rating of ratings) {
    for (const [code, level] of Object.entries(rating.criteria || {})) {
      const key = `${rating.survey}/${code}`;
      const count = counts.get(key) || { n: 0, satisfied: 0 };
      if (level > 0) {
        count.n += 1;
        if (level >= 4) count.satisfied += 1;
      }
      counts.set(key, count);
    }
  }
  return counts;
}

// Which ratings each default indicator counts (shared/DESIGN.md, "The indicators").
export const INDICATOR_SCOPES = {
  'admin-service': (r) => r.kind === 'admin',
  tthc: (r) => r.kind === 'admin' && Boolean(r.field),
  'tthc-land': (r) => r.kind === 'admin' && LAND_FIELDS.has(r.field),
  health: (r) => r.kind === 'health',
  education: (r) => r.kind === 'education',
  // Counts dossiers returned, not ratings: the only dossiers here (ratingLinkPath's) are not
  // returned yet, so none.
  'on-time': () => false,
};

// Posts one dossier of the admin unit as the one-stop system would; resolves to the path of
// its rating link on this server (`/r/<token>`).
export async function ratingLinkPath(server, code) {
  const dossier = {
    code, unit: 'ubnd', field: 'ho-tich', channel: 'online',
    received_at: centreInstant(Date.now() - DAY_MS), due_at: centreInstant(Date.now() + DAY_MS),
  };
  const { status, body } = await postJson(`${server.url}/api/v1/dossiers`, server.ca, server.tokens.integration,
    { dossiers: [dossier] });
  const url = body?.results?.[0]?.rating_url;
  if (status !== 200 || !url) throw new Error(`dossier ${code} not accepted: ${status} ${JSON.stringify(body)}`);
  return new URL(url).pathname;
}

export function ratingsBetween(ratings, from, to) {
  return ratings.filter((rating) => rating.date >= from && rating.date <= to);
}
