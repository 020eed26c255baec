// Bridge coordinator: handovers in flight and the youths turning 18 with their transition; the catalogue of offers.
import { t, label } from '../i18n.js';
import { get, query } from '../api.js';
import { html, date, month, pill, options } from '../ui.js';
import { DOMAINS } from './cases.js';

const TRANSITION_TONE = { NONE: 'bad', PENDING: 'info', OVERDUE: 'bad', DECLINED: 'warn', ACCEPTED: 'ok' };

export async function handovers(main) {
  const [inFlight, transitions] = await Promise.all([get('/api/network/handovers?size=50'), get('/api/network/handovers/age-18-transitions')]);
  main.innerHTML = html`
    <div class="page-head"><h1>${t('nav.handovers')}</h1></div>
    <div class="layout">
      <section class="card" aria-labelledby="inflight-title"><h2 id="inflight-title">${t('handovers.title')}</h2>
        ${inFlight.items.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<div class="table-wrap"><table class="table">
          <thead><tr><th scope="col">${t('case.reason')}</th><th scope="col">${t('cases.youth')}</th><th scope="col">${t('case.from', { who: '' })}</th>
            <th scope="col">${t('case.to', { who: '' })}</th><th scope="col">${t('cases.status')}</th></tr></thead>
          <tbody>${inFlight.items.map((h) => html`<tr><td>${label('reason', h.reason)}<div class="muted small">${label('scope', h.scope)}</div></td>
            <td>${h.pseudonym.slice(0, 10)} · ${h.ageBand}</td>
            <td>${h.fromUsername || ''}<div class="muted small">${label('org', h.fromOrganisation)}</div></td>
            <td>${h.toUsername || ''}<div class="muted small">${label('org', h.toOrganisation)}</div></td>
            <td>${pill(label('hstatus', h.overdue ? 'OVERDUE' : h.status), h.overdue ? 'bad' : h.status === 'ACCEPTED' ? 'ok' : 'info')}
              ${h.dueBy ? html`<div class="muted small">${date(h.dueBy)}</div>` : ''}</td></tr>`)}</tbody></table></div>`}
      </section>
      <aside class="side"><section class="card" aria-labelledby="transitions-title"><h2 id="transitions-title">${t('handovers.transitions')}</h2>
        ${transitions.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<ul class="items">${transitions.map((x) => html`
          <li class="item"><div>${x.pseudonym.slice(0, 10)}<div class="muted small">${t('handovers.month')}: ${month(x.turns18In)}</div></div>
            ${pill(label('tstate', x.state), TRANSITION_TONE[x.state])}</li>`)}</ul>`}
      </section></aside>
    </div>`;
}

export async function catalogue(main, params, ctx) {
  const filter = Object.fromEntries(new URLSearchParams(location.search));
  const offers = await get(`/api/network/offers${query({ ...filter, size: 50 })}`);
  main.innerHTML = html`
    <div class="page-head"><h1>${t('catalogue.title')}</h1><a class="button button-quiet" href="/api/network/offers/export" download="offers.csv">${t('catalogue.export')}</a></div>
    <form class="filters card" id="offer-filter" role="search">
      <label class="grow">${t('app.search')}<input type="search" name="q" value="${filter.q || ''}"></label>
      <label>${t('cases.domain')}<select name="domain">${options('domain', DOMAINS, filter.domain, { blank: t('app.all') })}</select></label>
      <label>${t('catalogue.age')}<input type="number" name="age" min="0" max="30" value="${filter.age || ''}" class="short"></label>
      <label>${t('catalogue.languages')}<input name="language" maxlength="2" value="${filter.language || ''}" class="short"></label>
      <button type="submit">${t('app.search')}</button>
    </form>
    <section class="card">${offers.items.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<div class="table-wrap"><table class="table">
      <thead><tr><th scope="col">${t('catalogue.offer')}</th><th scope="col">${t('cases.domain')}</th><th scope="col">${t('catalogue.age')}</th>
        <th scope="col">${t('catalogue.languages')}</th><th scope="col">${t('catalogue.capacity')}</th><th scope="col">${t('catalogue.contact')}</th></tr></thead>
      <tbody>${offers.items.map((o) => html`<tr><td><strong>${o.title}</strong><div class="muted small">${o.organisation}</div></td>
        <td>${label('domain', o.domain)}</td><td class="nowrap">${o.minAge}–${o.maxAge}</td><td>${(o.languages || []).join(', ')}</td>
        <td>${o.capacity}</td><td>${o.contact}</td></tr>`)}</tbody></table></div>`}</section>`;
  const form = main.querySelector('#offer-filter');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.navigate(`/bridge/catalogue${query(Object.fromEntries(new FormData(form)))}`, { replace: true });
  });
}
