// Numbers and dates in Vietnamese form ("95,3 %", "1.234", "27/11/2026"), the same as the
// exports and charts (server/reports/VietnameseFormat). Written by hand so the result does
// not depend on the browser's locale data.

const CENTRE_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Ho_Chi_Minh, UTC+7 all year

export function decimal(value, decimals = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const scale = 10 ** decimals;
  const rounded = Math.sign(value) * Math.round(Math.abs(value) * scale) / scale;
  return rounded.toFixed(decimals).replace('.', ',');
}

export function percent(value, decimals = 1) {
  const text = decimal(value, decimals);
  return text === '—' ? text : `${text} %`;
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
