// Bridge coordinator: the workload of the region (issue 18 item 4): open escalations per owner with the age of the
// oldest, due and overdue counts, the unclaimed ones, and the open cases per case worker and per organisation.
// Counts only: each owner links to their escalations in the inbox.
import { t, label } from '../i18n.js';
import { get, query } from '../api.js';
import { html } from '../ui.js';

export async function render(main) {
  const w = await get('/api/network/workload');
  const owners = w.owners || [];
  const caseload = w.caseload || { workers: [], teams: [] };
  const unclaimed = w.unclaimed || { open: 0, oldestDays: null };
  main.innerHTML = html`
    <div class="page-head"><h1>${t('workload.title', { region: w.region })}</h1></div>
    <div class="layout"><div class="stack">
      <section class="card" aria-labelledby="owners-title"><h2 id="owners-title">${t('workload.owners')}</h2>
        <p id="unclaimed"><strong>${t('workload.unclaimed')}:</strong> ${unclaimed.open > 0
          ? html`<a href="/inbox${query({ owner: 'none' })}">${t('workload.unclaimedLine', { open: unclaimed.open, days: unclaimed.oldestDays ?? 0 })}</a>`
          : t('app.none')}</p>
        ${owners.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<div class="table-wrap"><table class="table" id="owner-table">
          <thead><tr><th scope="col">${t('workload.owner')}</th><th scope="col" class="num">${t('workload.open')}</th>
            <th scope="col" class="num">${t('workload.oldest')}</th><th scope="col" class="num">${t('workload.due')}</th>
            <th scope="col" class="num">${t('workload.overdue')}</th></tr></thead>
          <tbody>${owners.map((o) => html`<tr data-owner="${o.owner}">
            <th scope="row"><a href="/inbox${query({ owner: o.owner })}" aria-label="${t('workload.inbox')}: ${o.owner}">${o.owner}</a></th>
            <td class="num">${o.open}</td><td class="num">${o.oldestDays ?? '–'}</td><td class="num">${o.due}</td>
            <td class="num">${o.overdue > 0 ? html`<strong class="overdue">${o.overdue}</strong>` : o.overdue}</td></tr>`)}</tbody></table></div>`}
      </section></div>
      <aside class="side"><section class="card" aria-labelledby="caseload-title"><h2 id="caseload-title">${t('workload.caseload')}</h2>
        <h3>${t('workload.workers')}</h3>${countTable('worker-table', t('workload.worker'), caseload.workers.map((x) => [x.username, x.cases]))}
        <h3>${t('workload.teams')}</h3>${countTable('team-table', t('case.organisation'), caseload.teams.map((x) => [label('org', x.organisation), x.cases]))}
      </section></aside></div>`;
}

function countTable(id, heading, rows) {
  if (rows.length === 0) return html`<p class="muted">${t('app.none')}</p>`;
  return html`<div class="table-wrap"><table class="table" id="${id}"><thead><tr><th scope="col">${heading}</th>
    <th scope="col" class="num">${t('workload.cases')}</th></tr></thead>
    <tbody>${rows.map(([name, n]) => html`<tr><th scope="row">${name}</th><td class="num">${n}</td></tr>`)}</tbody></table></div>`;
}
