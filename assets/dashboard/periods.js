// Period names of shared/period/Period.h and which one holds a given day under a rule.

// Under nd09 a period's data start on the 15th of the month before it, so a day from the
// 15th on belongs to the next month's quarter, half-year or year.
function reportingMonth(isoDay, rule) {
  const [year, month, day] = isoDay.split('-').map(Number);
  if (rule === 'nd09' && day >= 15) {
    return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  }
  return { year, month };
}

export function periodName(kind, { year, index, from, to }) {
  switch (kind) {
    case 'quarter': return `${year}-Q${index}`;
    case 'half': return `${year}-H${index}`;
    case 'year': return `${year}`;
    default: return `${from}..${to}`;
  }
}

// The quarter (or half, or year) that holds `isoDay`: {year, index}.
export function containing(kind, isoDay, rule) {
  const { year, month } = reportingMonth(isoDay, rule);
  if (kind === 'quarter') return { year, index: Math.ceil(month / 3) };
  if (kind === 'half') return { year, index: month <= 6 ? 1 : 2 };
  return { year, index: 1 };
}

const ROMAN = ['I', 'II', 'III', 'IV'];

// A title a person reads: "Quý IV/2026", "6 tháng đầu năm 2026", "Năm 2026".
export function periodTitle(name, t) {
  let match = /^(\d{4})-Q([1-4])$/.exec(name);
  if (match) return t('period.title.quarter', { q: ROMAN[match[2] - 1], year: match[1] });
  match = /^(\d{4})-H([12])$/.exec(name);
  if (match) return t(match[2] === '1' ? 'period.title.h1' : 'period.title.h2', { year: match[1] });
  match = /^(\d{4})$/.exec(name);
  if (match) return t('period.title.year', { year: match[1] });
  return t('period.title.range');
}
