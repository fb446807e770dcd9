// The period view's trend (GET /api/v1/trend) drawn in the page as small multiples: a panel per
// indicator with ratings, named in words, on one time axis and one rate scale, its target line
// labelled, its last, lowest and highest values printed; then a bar panel of every rating
// received. Every point takes the keyboard focus (Tab reaches a panel, the arrow keys move
// along it) and shows its step, value and count in a tooltip on hover and on focus. The same
// design as the report's SVG (server/reports/ChartSvg), drawn here so that it fits a phone.
import { el } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import * as format from './format.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
// Below this many ratings a step's rate can swing widely by chance: a ring on a dashed line.
const LOW_CONFIDENCE = 30;
// One panel's drawing, in its own units; the page scales it to the panel's width.
const WIDTH = 360;
const PLOT = { left: 40, right: WIDTH - 62, top: 20, bottom: 150 };
const HEIGHT = PLOT.bottom + 24;
const AXIS_FONT = 12;

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) if (child) node.append(child);
  return node;
}

function label(x, y, text, { anchor = 'start', className = '', size = AXIS_FONT } = {}) {
  return svg('text', { x, y, 'text-anchor': anchor, class: className, 'font-size': size }, text);
}

// Errs wide: only used to keep step labels and value labels apart.
function textWidth(text, size) {
  return text.length * size * 0.58;
}

function inLanguage(vi, en) {
  return (currentLanguage() === 'en' && en) || vi;
}

function stepLabels(trend) {
  return (trend.steps || []).map((step) => inLanguage(step.label, step.label_en));
}

// The rate scale shared by every panel: a round ten below everything shown.
function scaleLow(series) {
  let lowest = 100;
  for (const s of series) {
    lowest = Math.min(lowest, s.target);
    for (const point of s.points) if (point.rate !== null) lowest = Math.min(lowest, point.rate);
  }
  return Math.max(0, Math.floor((lowest - 5) / 10) * 10);
}

function frame(steps) {
  const slot = (PLOT.right - PLOT.left) / Math.max(1, steps);
  return { slot, x: (i) => PLOT.left + slot * (i + 0.5) };
}

// Only as many step labels as fit side by side; every point is drawn all the same.
function stepAxis(labels, { slot, x }) {
  const widest = Math.max(0, ...labels.map((text) => textWidth(text, AXIS_FONT)));
  const every = Math.max(1, Math.ceil((widest + 6) / slot));
  return svg('g', { class: 'trend-steps', 'aria-hidden': 'true' }, labels
    .map((text, i) => (i % every === 0 ? label(x(i), PLOT.bottom + 17, text, { anchor: 'middle', className: 'trend-step' }) : null)));
}

// A value's label centred on x where it fits inside the panel.
function valueLabel(x, y, text) {
  const half = textWidth(text, AXIS_FONT) / 2;
  const centre = Math.min(Math.max(x, PLOT.left + half - 2), PLOT.right + half);
  return label(centre, y, text, { anchor: 'middle', className: 'trend-value' });
}

// A tooltip inside the panel, over the point it speaks of, never wider than the panel.
function showTip(figure, tip, target, lines) {
  tip.replaceChildren(el('strong', { text: lines[0] }), el('span', { text: lines[1] }));
  tip.hidden = false;
  const box = figure.getBoundingClientRect();
  const at = target.getBoundingClientRect();
  const left = at.left + at.width / 2 - box.left - tip.offsetWidth / 2;
  tip.style.left = `${Math.max(0, Math.min(left, box.width - tip.offsetWidth))}px`;
  const above = at.top - box.top - tip.offsetHeight - 8;
  tip.style.top = `${above >= 0 ? above : at.bottom - box.top + 8}px`;
}

// Points of one panel: one Tab stop (the last point at first); arrows, Home and End move.
function pointKeys(marks) {
  marks.forEach((mark, i) => mark.setAttribute('tabindex', i === marks.length - 1 ? '0' : '-1'));
  marks.forEach((mark, i) => mark.addEventListener('keydown', (event) => {
    const next = { ArrowRight: i + 1, ArrowUp: i + 1, ArrowLeft: i - 1, ArrowDown: i - 1, Home: 0, End: marks.length - 1 }[event.key];
    if (next === undefined || next < 0 || next >= marks.length) return;
    event.preventDefault();
    mark.setAttribute('tabindex', '-1');
    marks[next].setAttribute('tabindex', '0');
    marks[next].focus();
  }));
}

function panel(name, className, drawing, marks, tipLines) {
  const tip = el('div', { className: 'trend-tip', attrs: { 'aria-hidden': 'true' } });
  tip.hidden = true;
  const figure = el('figure', { className: `trend-panel ${className}` }, el('h3', { className: 'trend-name', text: name }), drawing, tip);
  marks.forEach((mark, i) => {
    const show = () => showTip(figure, tip, mark, tipLines[i]);
    const hide = () => { if (document.activeElement !== mark) tip.hidden = true; };
    mark.addEventListener('focus', show);
    mark.addEventListener('pointerenter', show);
    mark.addEventListener('blur', () => { tip.hidden = true; });
    mark.addEventListener('pointerleave', hide);
    // Escape puts the tooltip away without moving the focus (WCAG 1.4.13).
    mark.addEventListener('keydown', (event) => { if (event.key === 'Escape') tip.hidden = true; });
  });
  pointKeys(marks);
  return figure;
}

function ratePanel(series, labels, low) {
  const { slot, x } = frame(labels.length);
  const y = (rate) => PLOT.bottom - ((PLOT.bottom - PLOT.top) * (Math.max(rate, low) - low)) / (100 - low);
  const name = inLanguage(series.name, series.name_en);
  const step = 100 - low > 40 ? 20 : 10;
  const targetY = y(series.target);
  const grid = [];
  for (let tick = low; tick <= 100; tick += step) {
    grid.push(svg('line', { x1: PLOT.left, x2: PLOT.right, y1: y(tick), y2: y(tick), class: 'trend-grid' }));
    // The target's own value stands on the scale; grid labels too close to it give way.
    if (Math.abs(y(tick) - targetY) >= 12) grid.push(label(PLOT.left - 5, y(tick) + 4, format.percent(tick, 0), { anchor: 'end', className: 'trend-scale' }));
  }
  const points = series.points.map((point, i) => ({ ...point, i })).filter((point) => point.rate !== null);
  const last = points[points.length - 1];
  const lowest = points.reduce((a, b) => (b.rate < a.rate ? b : a), last);
  const highest = points.reduce((a, b) => (b.rate > a.rate ? b : a), last);

  // Runs of consecutive steps; a segment touching a point on too few ratings is dashed.
  const segments = [];
  for (let k = 1; k < points.length; k += 1) {
    const [a, b] = [points[k - 1], points[k]];
    if (b.i !== a.i + 1) continue;
    const unsure = a.n < LOW_CONFIDENCE || b.n < LOW_CONFIDENCE;
    segments.push(svg('line', { x1: x(a.i), y1: y(a.rate), x2: x(b.i), y2: y(b.rate), class: unsure ? 'trend-line unsure' : 'trend-line' }));
  }
  const radius = slot >= 10 ? 4 : 3;
  const marks = points.map((point) => svg('g', {
    class: point.n < LOW_CONFIDENCE ? 'trend-point unsure' : 'trend-point',
    role: 'img',
    'aria-label': `${name} · ${labels[point.i]}: ${t('trend.point', { rate: format.percent(point.rate), satisfied: format.count(point.satisfied), n: format.count(point.n) })}`,
  },
  // A wider target than the dot, for a mouse or a finger.
  svg('circle', { cx: x(point.i), cy: y(point.rate), r: Math.min(12, Math.max(radius + 3, slot / 2)), class: 'trend-hit' }),
  svg('circle', { cx: x(point.i), cy: y(point.rate), r: radius, class: 'trend-dot' })));
  const tipLines = points.map((point) => [labels[point.i],
    t('trend.point', { rate: format.percent(point.rate), satisfied: format.count(point.satisfied), n: format.count(point.n) })]);

  const values = [];
  if (highest && highest !== last && highest.rate > last.rate) values.push(valueLabel(x(highest.i), y(highest.rate) - 8, format.percent(highest.rate)));
  if (lowest && lowest !== last && lowest.rate < last.rate) {
    const below = y(lowest.rate) + 17;
    values.push(valueLabel(x(lowest.i), below <= PLOT.bottom - 2 ? below : y(lowest.rate) - 8, format.percent(lowest.rate)));
  }
  let targetLabelY = targetY + 4;
  if (last) {
    const lastY = y(last.rate) + 4;
    values.push(label(x(last.i) + radius + 4, lastY, format.percent(last.rate), { className: 'trend-last' }));
    // The target's word moves off the last value when they meet.
    if (Math.abs(targetLabelY - lastY) < 13 && x(last.i) + 60 > PLOT.right) targetLabelY = last.rate < series.target ? lastY - 14 : lastY + 14;
  }
  const drawing = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'trend-drawing' },
    grid,
    svg('line', { x1: PLOT.left, x2: PLOT.right, y1: targetY, y2: targetY, class: 'trend-target' }),
    label(PLOT.left - 5, targetY + 4, format.percent(series.target, 0), { anchor: 'end', className: 'trend-target-value' }),
    label(WIDTH, targetLabelY, t('trend.target'), { anchor: 'end', className: 'trend-target-word' }),
    stepAxis(labels, { slot, x }),
    segments, marks, values);
  return panel(name, 'trend-rate', drawing, marks, tipLines);
}

function niceStep(maximum, ticks) {
  const raw = Math.max(1, maximum / ticks);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return Math.max(1, [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= raw));
}

function ratingsPanel(ratings, labels) {
  const { slot, x } = frame(labels.length);
  const maximum = Math.max(0, ...ratings.map((r) => r.n));
  const step = niceStep(Math.max(maximum, 4), 4);
  const top = Math.ceil(Math.max(maximum, 1) / step) * step;
  const y = (n) => PLOT.bottom - ((PLOT.bottom - PLOT.top) * n) / top;
  const grid = [];
  for (let tick = 0; tick <= top; tick += step) {
    grid.push(svg('line', { x1: PLOT.left, x2: PLOT.right, y1: y(tick), y2: y(tick), class: 'trend-grid' }),
      label(PLOT.left - 5, y(tick) + 4, format.count(tick), { anchor: 'end', className: 'trend-scale' }));
  }
  const width = Math.max(2, slot * 0.7);
  const busiest = ratings.reduce((best, r, i) => (r.n > ratings[best].n ? i : best), 0);
  const lastIndex = ratings.map((r) => r.n > 0).lastIndexOf(true);
  const marks = ratings.map((r, i) => svg('g', {
    class: 'trend-bar', role: 'img', 'aria-label': `${labels[i]}: ${t('trend.ratings_n', { n: format.count(r.n) })}`,
  },
  svg('rect', { x: x(i) - slot / 2, y: PLOT.top, width: slot, height: PLOT.bottom - PLOT.top, class: 'trend-hit' }),
  svg('rect', { x: x(i) - width / 2, y: y(r.n), width, height: PLOT.bottom - y(r.n), class: 'trend-bar-fill' })));
  const values = [];
  ratings.forEach((r, i) => {
    if (r.n > 0 && i !== lastIndex && (slot >= 34 || i === busiest)) values.push(valueLabel(x(i), y(r.n) - 5, format.count(r.n)));
  });
  if (lastIndex >= 0) {
    values.push(label(x(lastIndex) + width / 2 + 4, Math.min(y(ratings[lastIndex].n) + 12, PLOT.bottom - 2),
      format.count(ratings[lastIndex].n), { className: 'trend-last' }));
  }
  const drawing = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'trend-drawing' },
    grid, stepAxis(labels, { slot, x }), marks, values);
  const tipLines = ratings.map((r, i) => [labels[i], t('trend.ratings_n', { n: format.count(r.n) })]);
  return panel(t('trend.ratings'), 'trend-ratings', drawing, marks, tipLines);
}

export function trendCard(trend) {
  const series = (trend.series || []).filter((s) => s.points.some((point) => point.n > 0));
  const ratings = trend.ratings || [];
  const labels = stepLabels(trend);
  const card = el('section', { className: 'card trend', attrs: { id: 'trend' } }, el('h2', { text: t('period.trend') }));
  if (!series.length) {
    card.append(el('p', { className: 'empty', text: t('trend.none') }));
    return card;
  }
  const low = scaleLow(series);
  card.append(el('p', { className: 'note', text: t('trend.how_to_read') }),
    el('div', { className: 'trend-panels' },
      series.map((s) => ratePanel(s, labels, low)),
      ratings.some((r) => r.n > 0) ? ratingsPanel(ratings, labels) : null));
  if (series.some((s) => s.points.some((point) => point.rate !== null && point.n < LOW_CONFIDENCE))) {
    card.append(el('p', { className: 'note trend-unsure-note' },
      el('span', { className: 'trend-ring', attrs: { 'aria-hidden': 'true' } }), t('trend.unsure', { n: LOW_CONFIDENCE })));
  }
  return card;
}
