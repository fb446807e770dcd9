// Numbers and dates in Vietnamese form ("95,3 %", "1.234", "27/11/2026"), the same as the
// exports and charts (server/reports/VietnameseFormat). Written by hand so the result does
// not depend on the browser's locale data.

const CENTRE_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Ho_Chi_Minh, UTC+7 all year
const DAY_MS = 24 * 60 * 60 * 1000;
// Between a number and "%": a space that never breaks, so "90,9 %" never splits on a phone.
const NO_BREAK_SPACE = '\u00a0';

// Cut, never rounded (as the exports): 94.997 reads "94,9", so a rate just under its target
// never shows as the target beside "not met". The nudge keeps a binary 94.99999999999999 at 95.
export function decimal(value, decimals = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const scale = 10 ** decimals;
  const cut = Math.sign(value) * Math.trunc(Math.abs(value) * scale + 1e-9) / scale;
  return (cut === 0 ? 0 : cut).toFixed(decimals).replace('.', ',');
}

export function percent(value, decimals = 1) {
  const text = decimal(value, decimals);
  return text === '—' ? text : `${text}${NO_BREAK_SPACE}%`;
}

export function count(value) {
  if (value === null || value === undefined) return '—';
  const digits = String(Math.abs(Math.trunc(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return value < 0 ? `-${grouped}` : grouped;
}

function pad(n) {
  return String(n).padStart(2, '0');
}

// The wall clock of the centre for an instant (RFC 3339 string or Date).
function centreParts(instant) {
  const when = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(when.getTime())) return null;
  const shifted = new Date(when.getTime() + CENTRE_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(),
  };
}

// "2026-11-27" -> "27/11/2026"
export function date(isoDay) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay || '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '—';
}

// "27/11/2026", "7/3/2026", "27-11-2026" or "27.11.2026" -> "2026-11-27"; null for anything
// that is not a real day.
export function parseDate(text) {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text || '');
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const when = new Date(Date.UTC(year, month - 1, day));
  if (when.getUTCFullYear() !== year || when.getUTCMonth() !== month - 1 || when.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

// "2026-11-27" moved by `days` -> "2026-11-28".
export function addDays(isoDay, days) {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

// An instant -> "27/11/2026 14:05" in centre time.
export function dateTime(instant) {
  const p = instant ? centreParts(instant) : null;
  return p ? `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}` : '—';
}

// An instant -> "14:05" in centre time.
export function time(instant) {
  const p = instant ? centreParts(instant) : null;
  return p ? `${pad(p.hour)}:${pad(p.minute)}` : '—';
}

// An instant -> "14:05:09" in centre time.
export function clockTime(instant) {
  const when = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(when.getTime())) return '—';
  return new Date(when.getTime() + CENTRE_OFFSET_MS).toISOString().slice(11, 19);
}

// Today in the centre, as "YYYY-MM-DD".
export function centreToday(now = new Date()) {
  const p = centreParts(now);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

// "93,1 – 97,2"
export function interval(low, high) {
  if (low === null || low === undefined || high === null || high === undefined) return '—';
  return `${decimal(low)} – ${decimal(high)}`;
}

// "Xã Tân Hòa" -> "UBND xã Tân Hòa": after "UBND" the kind of commune is a common noun, as the
// exports print it (server/reports/ReportHeadings).
export function issuer(commune) {
  const name = (commune || '').trim();
  return `UBND ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}
