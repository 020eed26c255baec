// Auditor: the append-only audit trail of case-service, network-service and advisory-service (who read or changed
// what, when and why), newest first, filtered the way each service's API filters it, page by page.
import { t, label } from '../i18n.js';
import { get, query } from '../api.js';
import { html, dateTime, options, pager } from '../ui.js';

const PAGE_SIZE = 25;
// the token also carries Keycloak's own roles (offline_access, ...), which say nothing to an auditor
const ROLES = ['case-worker', 'bridge-coordinator', 'advisory-member', 'network-admin', 'auditor'];
const FILTERS = {
  cases: ['caseId', 'actor'], network: ['caseId', 'objectType', 'objectId', 'actor'], advisory: ['objectType', 'objectId', 'actor'],
};

export async function trail(main, params, ctx) {
  const filter = Object.fromEntries(new URLSearchParams(location.search));
  const service = FILTERS[filter.service] ? filter.service : 'cases';
  const page = Number(filter.page || 0);
  const asked = Object.fromEntries(FILTERS[service].filter((f) => filter[f]).map((f) => [f, filter[f]]));
  const entries = await get(`/api/${service}/audit${query({ ...asked, page, size: PAGE_SIZE })}`);
  main.innerHTML = html`
    <div class="page-head"><div><h1>${t('audit.title')}</h1><p class="muted">${t('audit.help')}</p></div></div>
    <form class="filters card" id="audit-filter" role="search">
      <label>${t('audit.service')}<select name="service">${options('service', Object.keys(FILTERS), service)}</select></label>
      ${FILTERS[service].map((f) => html`<label class="${f === 'actor' ? '' : 'grow'}">${t(`audit.${f}`)}<input name="${f}" value="${filter[f] || ''}" autocomplete="off"></label>`)}
      <button type="submit">${t('app.filter')}</button>
    </form>
    <section class="card" aria-labelledby="audit-count"><h2 id="audit-count">${t('audit.count', { n: entries.total })}</h2>
      ${entries.items.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<div class="table-wrap"><table class="table" id="audit-list">
      <thead><tr><th scope="col">${t('dl.when')}</th><th scope="col">${t('audit.actor')}</th><th scope="col">${t('audit.action')}</th>
        <th scope="col">${t('audit.object')}</th><th scope="col">${t('audit.why')}</th></tr></thead>
      <tbody>${entries.items.map((e) => html`<tr data-action="${e.action}"><td>${dateTime(e.at)}</td>
        <td>${e.actor}<div class="muted small">${(e.actorRoles || '').split(',').map((r) => r.trim()).filter((r) => ROLES.includes(r)).map((r) => label('role', r)).join(', ')}</div></td>
        <td><code>${e.action}</code></td>
        <td>${e.objectType}${e.objectId ? html` <span class="mono small">${e.objectId}</span>` : ''}
          ${e.caseId && e.caseId !== e.objectId ? html`<div class="muted small">${t('audit.case')} <span class="mono">${e.caseId}</span></div>` : ''}</td>
        <td class="clip">${e.reason || ''}</td></tr>`)}</tbody></table></div>`}
      ${pager('/audit', { ...asked, service }, page, PAGE_SIZE, entries.total)}
    </section>`;
  const form = main.querySelector('#audit-filter');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.navigate(`/audit${query(Object.fromEntries(new FormData(form)))}`, { replace: true });
  });
  // another service has other filters: show them at once
  form.elements.service.addEventListener('change', () => ctx.navigate(`/audit${query({ service: form.elements.service.value })}`, { replace: true }));
}
