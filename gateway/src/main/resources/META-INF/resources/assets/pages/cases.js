// Case worker: my cases (search, filters, sort, paging), handovers waiting for me, and the new-case form.
import { t, label } from '../i18n.js';
import { get, post, query } from '../api.js';
import { html, raw, date, dateTime, pill, options, checkboxes, onSubmit, formError, csv, announce, errorText, pager } from '../ui.js';

export const DOMAINS = ['WELLBEING', 'SCHOOL', 'WORK'];
const STATUSES = ['OPEN', 'ESCALATED', 'CLOSED'];
const INTENSITIES = ['LIGHT', 'INTENSIVE'];
const SORTS = ['NEWEST', 'NAME', 'BIRTHDATE'];
const PAGE_SIZE = 20;

export function youthName(youth) {
  return youth ? `${youth.givenName} ${youth.familyName}` : t('cases.restricted');
}

// Alert kinds that ask for action before anything else; every other kind, one the client has no text for included,
// is a warning and is named by label()'s fallback (its raw kind).
const URGENT_ALERTS = ['NO_LEAD', 'AGE_18_WITHOUT_TRANSITION'];

export function alertPill(kind) {
  return pill(label('alert', kind), URGENT_ALERTS.includes(kind) ? 'bad' : 'warn');
}

export function statusPill(status) {
  return pill(label('cstatus', status), { OPEN: 'ok', ESCALATED: 'warn', CLOSED: 'muted' }[status]);
}

export async function list(main, params, ctx) {
  const filter = Object.fromEntries(new URLSearchParams(location.search));
  const page = Number(filter.page || 0);
  const [mine, incoming, alerts] = await Promise.all([
    get(`/api/cases${query({ ...filter, size: PAGE_SIZE })}`),
    get('/api/cases/handovers/incoming').catch(() => []),
    get('/api/cases/alerts').catch(() => []),
  ]);
  const names = new Map(mine.items.map((c) => [c.id, youthName(c.youth)]));
  main.innerHTML = html`
    <div class="page-head"><h1>${t('cases.title')}</h1><a class="button" href="/cases/new">${t('nav.newCase')}</a></div>
    <form class="filters card" id="filters" role="search">
      <label class="grow">${t('app.search')}<input type="search" name="q" value="${filter.q || ''}" placeholder="${t('cases.search')}"></label>
      <label>${t('cases.status')}<select name="status">${options('cstatus', STATUSES, filter.status, { blank: t('app.all') })}</select></label>
      <label>${t('cases.domain')}<select name="domain">${options('domain', DOMAINS, filter.domain, { blank: t('app.all') })}</select></label>
      <label>${t('cases.intensity')}<select name="intensity">${options('intensity', INTENSITIES, filter.intensity, { blank: t('app.all') })}</select></label>
      <label>${t('cases.sort')}<select name="sort">${options('sort', SORTS, filter.sort || 'NEWEST')}</select></label>
      <label class="check"><input type="checkbox" name="transitionDue" value="true" ${filter.transitionDue ? raw('checked') : ''}> ${t('cases.transitionDue')}</label>
      <label class="check"><input type="checkbox" name="leadMissing" value="true" ${filter.leadMissing ? raw('checked') : ''}> ${t('cases.leadMissing')}</label>
      <button type="submit">${t('app.filter')}</button>
    </form>
    <div class="layout">
      <section class="card" aria-labelledby="cases-count">
        <h2 id="cases-count" class="sr-only">${t('cases.count', { n: mine.total })}</h2>
        <p class="muted">${t('cases.count', { n: mine.total })}</p>
        ${mine.items.length === 0 ? html`<p>${t('app.none')}</p>` : html`
        <div class="table-wrap"><table class="table" id="case-list">
          <thead><tr><th scope="col">${t('cases.youth')}</th><th scope="col">${t('cases.domain')}</th><th scope="col">${t('cases.status')}</th>
            <th scope="col">${t('cases.lead')}</th><th scope="col">${t('cases.created')}</th></tr></thead>
          <tbody>${mine.items.map((c) => html`<tr>
            <td><a href="/cases/${c.id}">${youthName(c.youth)}</a>
              <div class="muted small">${label('intensity', c.intensity)}${c.youth ? html` · ${date(c.youth.dateOfBirth)}` : ''}</div></td>
            <td>${c.domains.map((d) => label('domain', d)).join(', ')}</td>
            <td>${statusPill(c.status)} ${c.transitionDue ? pill(t('cases.flagTransition'), 'warn') : ''}</td>
            <td>${c.lead || pill(t('cases.noLead'), 'bad')}</td>
            <td>${date(c.createdAt)}</td></tr>`)}</tbody></table></div>`}
        ${pager('/cases', filter, page, PAGE_SIZE, mine.total)}
      </section>
      <aside class="side">
        <section class="card" aria-labelledby="incoming-title">
          <h2 id="incoming-title">${t('cases.incoming')}</h2>
          ${incoming.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<ul class="items">${incoming.map((h) => html`
            <li class="item" data-handover="${h.id}"><strong>${label('reason', h.reason)}</strong> · ${label('scope', h.scope)}
              <div class="muted small">${t('case.from', { who: `${h.fromUsername || ''} (${label('org', h.fromOrganisation)})` })} ·
                ${t('case.ageBand', { band: h.ageBand })}${h.turns18In ? html` · ${t('case.turns18', { month: h.turns18In })}` : ''}</div>
              <div class="actions"><button type="button" data-accept="${h.id}">${t('case.accept')}</button>
                <button type="button" class="button-quiet" data-decline="${h.id}">${t('case.decline')}</button></div></li>`)}</ul>`}
        </section>
        <section class="card" aria-labelledby="alerts-title">
          <h2 id="alerts-title">${t('cases.alerts')}</h2>
          ${alerts.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<ul class="items" id="my-alerts">${alerts.map((a) => html`
            <li class="item"><div>${alertPill(a.kind)}
              <a href="/cases/${a.caseId}">${names.get(a.caseId) || t('app.open')}</a>
              <div class="muted small">${dateTime(a.raisedAt)}</div></div></li>`)}</ul>`}
        </section>
      </aside>
    </div>`;
  const form = main.querySelector('#filters');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== ''));
    ctx.navigate(`/cases${query(values)}`, { replace: true });
  });
  form.querySelectorAll('select, input[type=checkbox]').forEach((el) => el.addEventListener('change', () => form.requestSubmit()));
  main.querySelectorAll('[data-accept], [data-decline]').forEach((button) => button.addEventListener('click', async () => {
    const id = button.dataset.accept || button.dataset.decline;
    try {
      const decision = await post(`/api/cases/handovers/${id}/${button.dataset.accept ? 'accept' : 'decline'}`);
      announce(label('hstatus', decision.status));
      if (decision.caseId) ctx.navigate(`/cases/${decision.caseId}`); else ctx.refresh();
    } catch (error) { if (error.status !== 401) announce(errorText(error)); }
  }));
}

export async function create(main, params, ctx) {
  main.innerHTML = html`
    <div class="page-head"><h1>${t('new.title')}</h1></div>
    <form class="card form narrow" id="new-case" novalidate>
      ${formError()}
      <div class="row">
        <label>${t('new.givenName')}<input name="givenName" required maxlength="100" autocomplete="off"></label>
        <label>${t('new.familyName')}<input name="familyName" required maxlength="100" autocomplete="off"></label>
      </div>
      <div class="row">
        <label>${t('new.dateOfBirth')}<input type="date" name="dateOfBirth" required></label>
        <label>${t('new.languages')}<input name="languages" placeholder="ar, ti"></label>
      </div>
      <fieldset><legend>${t('cases.intensity')}</legend><p class="muted small">${t('new.intensityHelp')}</p>
        ${['LIGHT', 'INTENSIVE'].map((v) => html`<label class="check"><input type="radio" name="intensity" value="${v}" ${v === 'LIGHT' ? raw('checked') : ''}> ${label('intensity', v)}</label>`)}</fieldset>
      <fieldset><legend>${t('new.domains')}</legend>${checkboxes('domains', 'domain', DOMAINS)}</fieldset>
      <label>${t('new.role')}<input name="role" maxlength="100"></label>
      <div class="actions"><button type="submit" id="create-case">${t('new.create')}</button>
        <a class="button button-quiet" href="/cases">${t('app.cancel')}</a></div>
    </form>`;
  const form = main.querySelector('#new-case');
  onSubmit(form, async (v) => {
    const intensity = form.querySelector('input[name=intensity]:checked').value;
    const created = await post('/api/cases', {
      youth: { givenName: v.givenName || '', familyName: v.familyName || '', dateOfBirth: v.dateOfBirth || null, languages: csv(v.languages) },
      intensity, domains: v.domains, role: v.role,
    });
    ctx.navigate(`/cases/${created.id}`);
  });
}
