// A month of office hours at two counters, for the screenshots of the reasons, the five levels
// and the weekday × hour map: ratings on the working days before today between 07:00 and
// 17:00 (quieter at noon, busier on Monday morning, slower and less happy on Thursday
// afternoon), the unhappy ones with reasons, and today's morning the same way.
import { randomUUID } from 'node:crypto';

import { KIOSKS } from './real-server.js';
import { postJson } from './seed-ratings.js';

const DAY_MS = 24 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;
const CENTRE_OFFSET_MS = 7 * 3600 * 1000;
const WRONG = [['cho-lau'], ['cho-lau', 'giay-to-nhieu'], ['hen-lai-nhieu-lan'], ['huong-dan-kho-hieu'], ['thai-do-chua-tot']];
const WELL = [['nhanh-chong'], ['than-thien'], ['huong-dan-ro']];

function centreInstant(ms) {
  return `${new Date(ms + CENTRE_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

function centreMidnight(ms) {
  return Math.floor((ms + CENTRE_OFFSET_MS) / DAY_MS) * DAY_MS - CENTRE_OFFSET_MS;
}

// `already`: ratings each kiosk sent before, so the sequence numbers go on without a gap.
export async function seedOfficeHours(server, already, now = Date.now()) {
  const byKiosk = { 'k-01': [], 'k-02': [] };
  let i = 0;
  for (let back = 30; back >= 0; back -= 1) {
    const midnight = centreMidnight(now) - back * DAY_MS;
    const weekday = new Date(midnight + CENTRE_OFFSET_MS).getUTCDay(); // 0 Sunday
    if (weekday === 0) continue;
    for (let hour = 7; hour < (weekday === 6 ? 11 : 17); hour += 1) {
      const busy = (hour === 12 ? 1 : 3) + (weekday === 1 && hour < 11 ? 3 : 0) + (hour % 3);
      for (let k = 0; k < busy; k += 1) {
        const at = midnight + hour * HOUR_MS + ((k * 7 + i) % 55) * 60_000;
        if (at >= now - 60_000) continue;
        i += 1;
        const slowDay = weekday === 4 && hour >= 14;
        const overall = i % (slowDay ? 3 : 9) === 0 ? 1 + (i % 3) : 4 + (i % 2);
        const kiosk = i % 2 ? 'k-01' : 'k-02';
        byKiosk[kiosk].push({
          at, overall,
          field: kiosk === 'k-01' ? ['ho-tich', 'chung-thuc'][i % 2] : ['dat-dai', 'xay-dung'][i % 2],
          reasons: overall <= 3 ? WRONG[i % WRONG.length] : i % 4 === 0 ? WELL[i % WELL.length] : undefined,
        });
      }
    }
  }
  for (const [kiosk, ratings] of Object.entries(byKiosk)) {
    let seq = already.filter((r) => r.kiosk === kiosk).length;
    const counter = KIOSKS.find((k) => k.id === kiosk).counter;
    ratings.sort((a, b) => a.at - b.at);
    for (let start = 0; start < ratings.length; start += 400) {
      const wire = ratings.slice(start, start + 400).map((r) => ({
        id: randomUUID(), created_at: centreInstant(r.at), seq: ++seq, survey: 'default', overall: r.overall,
        lang: 'vi', ended: 'done', counter, field: r.field, ...(r.reasons ? { reasons: r.reasons } : {}),
      }));
      const { status, body } = await postJson(`${server.url}/api/v1/ratings`, server.ca, server.tokens[kiosk], { ratings: wire });
      if (status !== 200) throw new Error(`office hours of ${kiosk} not accepted: ${status} ${JSON.stringify(body)}`);
    }
  }
}
