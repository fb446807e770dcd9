// The wall screen for the TV in the waiting hall (GET /wall): the quarter's indicators one at a
// time in large type — name, rate, target, met or not yet — and today's count of ratings, from
// the public figures only (GET /public/indicators: aggregates, no comment, no staff). No login;
// it reloads its figures by itself. Vietnamese unless ?lang=en; ?every=N shows each slide N s.
import { api, errorText, query } from './api.js';
import { el, clear } from './dom.js';
import { currentLanguage, setLanguage, t } from './i18n.js';
import * as format from './format.js';
import { periodTitle } from './periods.js';

const params = new URLSearchParams(window.location.search);
const SLIDE_SECONDS = Math.max(3, Number(params.get('every')) || 10);
const RELOAD_SECONDS = 60;
// Each rating belongs to exactly one of these (by its unit's kind): their n add up to every
// rating of the day.
const EVERY_RATING = ['admin-service', 'health', 'education'];

const state = { quarter: null, today: null, slide: 0, loadedAt: null };

function name(indicator) {
  return (currentLanguage() === 'en' && indicator.name_en) || indicator.name;
}

function todayCount() {
  return (state.today?.indicators || [])
    .filter((indicator) => EVERY_RATING.includes(indicator.id))
    .reduce((sum, indicator) => sum + (indicator.n || 0), 0);
}

function slides() {
  const indicators = state.quarter?.indicators || [];
  return [{ kind: 'today' }, ...indicators.map((indicator) => ({ kind: 'indicator', indicator }))];
}

function todaySlide() {
  return el('div', { className: 'wall-card wall-today' },
    el('p', { className: 'wall-label', text: t('wall.today') }),
    el('p', { className: 'wall-huge', attrs: { id: 'wall-today-count' }, text: format.count(todayCount()) }),
    el('p', { className: 'wall-label', text: t('wall.today_count') }));
}

function indicatorSlide(indicator) {
  const dossiers = indicator.id === 'on-time';
  const met = indicator.status === 'met';
  const verdict = indicator.n ? (met ? t('wall.met') : t('wall.not_yet')) : t('wall.no_ratings');
  return el('div', { className: 'wall-card' },
    el('h2', { className: 'wall-name', text: name(indicator) }),
    el('p', { className: 'wall-huge', text: format.percent(indicator.rate) }),
    el('p', { className: 'wall-label', text: indicator.n
      ? t(dossiers ? 'wall.rate_of_dossiers' : 'wall.rate_of', { n: format.count(indicator.n) })
      : t('wall.no_ratings') }),
    el('p', { className: 'wall-target' },
      el('span', { text: t('wall.target', { target: format.percent(indicator.target, 0) }) }),
      el('span', { className: `wall-verdict ${indicator.n ? (met ? 'met' : 'not-met') : 'none'}`,
        text: `${met ? '✓' : '○'} ${verdict}` })));
}

function show() {
  const list = slides();
  state.slide %= list.length;
  const slide = list[state.slide];
  const target = document.getElementById('wall-slide');
  target.dataset.slide = String(state.slide);
  clear(target).append(slide.kind === 'today' ? todaySlide() : indicatorSlide(slide.indicator));
  clear(document.getElementById('wall-dots')).append(...list.map((_, i) =>
    el('li', { className: i === state.slide ? 'current' : '' })));
}

function showHeading() {
  const period = state.quarter?.period || {};
  if (state.quarter?.commune) document.getElementById('wall-commune').textContent = format.issuer(state.quarter.commune);
  document.getElementById('wall-period').textContent =
    t('wall.quarter', { period: periodTitle(period.name || '', t), date: format.date(format.centreToday()) });
}

async function load() {
  const updated = document.getElementById('wall-updated');
  try {
    const [quarter, today] = await Promise.all([
      api.get('/public/indicators'),
      api.get(`/public/indicators?${query({ period: format.centreToday() })}`),
    ]);
    Object.assign(state, { quarter, today, loadedAt: new Date() });
    showHeading();
    show();
    updated.textContent = t('wall.updated', { time: format.clockTime(state.loadedAt) });
  } catch (error) {
    // The last figures stay up; the line says they are waiting for the server.
    updated.textContent = `${t('wall.offline')} (${errorText(error)})`;
  }
}

setLanguage(params.get('lang') === 'en' ? 'en' : 'vi');
document.title = t('wall.title');
load().then(() => {
  setInterval(() => {
    if (!state.quarter) return;
    state.slide += 1;
    show();
  }, SLIDE_SECONDS * 1000);
  setInterval(load, RELOAD_SECONDS * 1000);
});
