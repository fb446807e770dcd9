// The public page: this period's indicators for anyone — aggregates only.
import { api, errorText, query } from './api.js';
import { clear } from './dom.js';
import { currentLanguage, restoreLanguage, setLanguage, t } from './i18n.js';
import * as format from './format.js';
import { periodTitle } from './periods.js';
import { indicatorsTable } from './indicators-table.js';

// /public/{centre} is one centre's page; /public the province's (or the one commune's).
function centreOfPath() {
  const match = /^\/public\/([^/]+)$/.exec(window.location.pathname);
  return match ? decodeURIComponent(match[1]) : '';
}

async function render() {
  const period = new URLSearchParams(window.location.search).get('period') || '';
  const centre = centreOfPath();
  const target = document.getElementById('public-table');
  try {
    const data = await api.get(`/public/indicators?${query({ period, centre })}`);
    const p = data.period || {};
    document.getElementById('public-period').textContent =
      `${periodTitle(p.name || '', t)} · ${t('period.dates', { from: format.date(p.from), to: format.date(p.to) })}`;
    // A period still running would otherwise read as a final result.
    const today = format.centreToday();
    document.getElementById('public-so-far').textContent =
      p.to && p.to > today ? t('public.so_far', { date: format.date(today) }) : '';
    if (data.commune) {
      // A centre is named as it is registered; the commune's name reads as its issuer.
      document.getElementById('public-commune').textContent =
        data.centre ? data.commune : format.issuer(data.commune);
    }
    const complete = !(p.to && p.to >= today);
    clear(target).append(indicatorsTable(data.indicators || [], { withLead: false, complete }));
  } catch (error) {
    clear(target).textContent = t('error.load', { detail: errorText(error) });
  }
}

restoreLanguage();
document.getElementById('lang-switch').addEventListener('click', () => {
  setLanguage(currentLanguage() === 'vi' ? 'en' : 'vi');
  render();
});
render();
