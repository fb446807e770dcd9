// Dossiers as the one-stop system posts them (POST /api/v1/dossiers with its integration
// token) and citizens rating them through their links, for the dossier tests and screenshots.
import { postJson } from './seed-ratings.js';

const DAY_MS = 24 * 3600 * 1000;
const CENTRE_OFFSET_MS = 7 * 3600 * 1000;

function centreInstant(ms) {
  return `${new Date(ms + CENTRE_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

// Halfway between the centre's midnight and `now`: today in the centre, and already past.
function earlierToday(now) {
  const midnight = Math.floor((now + CENTRE_OFFSET_MS) / DAY_MS) * DAY_MS - CENTRE_OFFSET_MS;
  return midnight + Math.floor((now - midnight) / 2000) * 1000;
}

// A dossier of the admin unit received three days ago and returned today — after its due
// time when `late` — or not returned yet when `open`.
export function dossierReturnedToday(code, { channel = 'counter', late = false, open = false } = {}, now = Date.now()) {
  return {
    code, unit: 'ubnd', field: 'ho-tich', channel,
    received_at: centreInstant(now - 3 * DAY_MS),
    due_at: centreInstant(late ? now - DAY_MS : now + DAY_MS),
    ...(open ? {} : { returned_at: centreInstant(earlierToday(now)) }),
  };
}

// Resolves to each code's rating URL once the server accepted every dossier.
export async function postDossiers(server, dossiers) {
  const { status, body } = await postJson(`${server.url}/api/v1/dossiers`, server.ca, server.tokens.integration, { dossiers });
  const refused = body?.results?.filter((result) => result.status !== 'accepted') ?? [];
  if (status !== 200 || refused.length > 0) {
    throw new Error(`dossiers not accepted: ${status} ${JSON.stringify(refused.length ? refused : body)}`);
  }
  return new Map(body.results.map((result) => [result.code, result.rating_url]));
}

// A citizen's rating through the link (no token: a phone).
export async function rateByLink(server, ratingUrl, overall) {
  const link = new URL(ratingUrl).pathname.split('/').pop();
  const { status, body } = await postJson(`${server.url}/api/v1/link-ratings`, server.ca, null, { link, overall });
  if (status !== 201) throw new Error(`link rating refused: ${status} ${JSON.stringify(body)}`);
}
