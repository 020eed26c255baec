// Network admin: who leads each region's bridge, the dead letters of the three services (read, replay) and the
// erasure of a case's personal data on request.
import { t, label } from '../i18n.js';
import { get, post, put } from '../api.js';
import { html, dateTime, pill, options, onSubmit, formError, announce, errorText, confirmAction, pager } from '../ui.js';

export async function regions(main, params, ctx) {
  // there is no list of leads: the regions asked about are those of the catalogue's organisations and the admin's own
  const organisations = await get('/api/network/organisations');
  const known = [...new Set([ctx.me.region, ...organisations.map((o) => o.region)].filter(Boolean))].sort();
  const leads = await Promise.all(known.map((region) => get(`/api/network/regions/${encodeURIComponent(region)}/lead`)
    .catch((error) => { if (error.status === 404) return { region }; throw error; })));
  main.innerHTML = html`
    <div class="page-head"><div><h1>${t('regions.title')}</h1><p class="muted">${t('regions.help')}</p></div></div>
    <div class="layout"><section class="card" aria-labelledby="leads-title"><h2 id="leads-title">${t('regions.leads')}</h2>
      <div class="table-wrap"><table class="table" id="lead-list"><thead><tr><th scope="col">${t('admin.region')}</th>
        <th scope="col">${t('regions.lead')}</th><th scope="col">${t('regions.setBy')}</th></tr></thead>
      <tbody>${leads.map((l) => html`<tr data-region="${l.region}"><td>${l.region}</td>
        <td>${l.username || pill(t('regions.noLead'), 'bad')}</td><td>${l.setBy ? html`${l.setBy}<div class="muted small">${dateTime(l.setAt)}</div>` : ''}</td></tr>`)}</tbody></table></div>
    </section><aside class="side"><section class="card" aria-labelledby="set-lead-title"><h2 id="set-lead-title">${t('regions.set')}</h2>
      <form id="lead-form" class="form" novalidate>${formError()}
        <label>${t('admin.region')}<input name="region" required maxlength="50" list="known-regions" value="${ctx.me.region || ''}"></label>
        <datalist id="known-regions">${known.map((r) => html`<option value="${r}"></option>`)}</datalist>
        <label>${t('regions.username')}<input name="username" required maxlength="200" autocomplete="off"></label>
        <button type="submit" id="set-lead">${t('regions.set')}</button></form></section></aside></div>`;
  onSubmit(main.querySelector('#lead-form'), async (v) => {
    await put(`/api/network/regions/${encodeURIComponent(v.region || '-')}/lead`, { username: v.username || '' });
    announce(t('app.saved'));
    await ctx.refresh();
  });
}

export const SERVICES = ['cases', 'network', 'advisory'];
const DEAD_LETTER_PAGE = 10;

export async function deadLetters(main, params, ctx) {
  const filter = Object.fromEntries(new URLSearchParams(location.search));
  const lists = await Promise.all(SERVICES.map((s) => {
    const page = s === filter.service ? Number(filter.page || 0) : 0;
    return get(`/api/${s}/dead-letters?page=${page}&size=${DEAD_LETTER_PAGE}`);
  }));
  main.innerHTML = html`
    <div class="page-head"><div><h1>${t('dl.title')}</h1><p class="muted">${t('dl.help')}</p></div></div>
    <div class="stack">${SERVICES.map((s, i) => html`<section class="card" id="dead-letters-${s}" aria-labelledby="dl-${s}-title">
      <h2 id="dl-${s}-title">${label('service', s)} <span class="muted small">(${lists[i].total})</span></h2>
      ${lists[i].items.length === 0 ? html`<p class="muted">${t('dl.none')}</p>` : html`<div class="table-wrap"><table class="table">
        <thead><tr><th scope="col">${t('dl.event')}</th><th scope="col">${t('dl.reason')}</th><th scope="col">${t('dl.when')}</th><th scope="col">${t('dl.replays')}</th></tr></thead>
        <tbody>${lists[i].items.map((d) => html`<tr><td><a href="/admin/dead-letters/${s}/${d.id}">${d.eventType || d.topic}</a>
          <div class="muted small">${d.topic} · ${d.id}</div></td><td class="clip">${d.reason}</td><td>${dateTime(d.deadLetteredAt)}</td>
          <td>${(d.replays || []).length ? pill(t('dl.replayed', { n: d.replays.length }), 'ok') : pill(t('dl.notReplayed'), 'warn')}</td></tr>`)}</tbody></table></div>`}
      ${pager('/admin/dead-letters', { service: s }, s === filter.service ? Number(filter.page || 0) : 0, DEAD_LETTER_PAGE, lists[i].total)}
    </section>`)}</div>`;
}

export async function deadLetter(main, [service, id], ctx) {
  const d = await get(`/api/${service}/dead-letters/${id}`);
  main.innerHTML = html`
    <div class="page-head"><div><p class="crumbs"><a href="/admin/dead-letters">${t('dl.title')}</a></p>
      <h1>${d.eventType || d.topic}</h1><p class="muted">${label('service', service)} · ${dateTime(d.deadLetteredAt)}</p></div>
      ${d.replayable ? html`<button type="button" id="replay">${t('dl.replay')}</button>` : ''}</div>
    <div class="layout"><section class="card" aria-labelledby="dl-facts"><h2 id="dl-facts">${t('dl.facts')}</h2>
      <dl class="facts" id="dead-letter">
        <dt>${t('dl.reason')}</dt><dd id="dead-letter-reason">${d.reason}</dd>
        <dt>${t('dl.topic')}</dt><dd>${d.topic}${d.partition !== undefined ? ` · ${t('dl.partition', { partition: d.partition, offset: d.offset })}` : ''}</dd>
        <dt>${t('dl.eventId')}</dt><dd class="mono">${d.eventId || '–'}</dd><dt>${t('dl.source')}</dt><dd>${d.source || '–'}</dd>
        <dt>${t('dl.key')}</dt><dd class="mono">${d.key || '–'}</dd></dl>
      <p class="muted small">${t('dl.noData')}</p>
      ${d.replayable ? '' : html`<p class="notice notice-warn">${t('dl.notReplayable')}</p>`}</section>
    <aside class="side"><section class="card" aria-labelledby="dl-replays"><h2 id="dl-replays">${t('dl.replays')}</h2>
      ${(d.replays || []).length === 0 ? html`<p class="muted">${t('dl.notReplayed')}</p>` : html`<ul class="items" id="replay-list">${d.replays.map((r) => html`
        <li class="item">${r.by}<span class="muted small">${dateTime(r.at)}</span></li>`)}</ul>`}</section></aside></div>`;
  const replay = main.querySelector('#replay');
  if (replay) replay.addEventListener('click', async () => {
    if (!await confirmAction(t('dl.replayConfirm', { event: d.eventType || d.id }), t('dl.replay'))) return;
    try {
      await post(`/api/${service}/dead-letters/${id}/replay`);
      announce(t('dl.replayDone'));
      await ctx.refresh();
    } catch (error) { if (error.status !== 401) announce(errorText(error)); }
  });
}

const ERASURE_REASONS = ['YOUTH_REQUEST', 'GUARDIAN_REQUEST', 'UNLAWFUL_PROCESSING', 'CONSENT_WITHDRAWN'];

export async function erasure(main, params, ctx) {
  main.innerHTML = html`
    <div class="page-head"><div><h1>${t('erase.title')}</h1></div></div>
    <div class="layout"><section class="card" aria-labelledby="erase-form-title"><h2 id="erase-form-title">${t('erase.form')}</h2>
      <p>${t('erase.help', { region: ctx.me.region || '–' })}</p>
      <form id="erasure-form" class="form" novalidate>${formError()}
        <label>${t('erase.caseId')}<input name="caseId" required autocomplete="off" class="mono" pattern="[0-9a-fA-F-]{36}" aria-describedby="case-id-help"></label>
        <p class="muted small" id="case-id-help">${t('erase.caseIdHelp')}</p>
        <label>${t('erase.reason')}<select name="reason">${options('erasure', ERASURE_REASONS)}</select></label>
        <button type="submit" class="button-danger" id="erase">${t('erase.submit')}</button></form>
      <div id="erasure-done" role="status"></div></section>
    <aside class="side"><section class="card" aria-labelledby="closure-title"><h2 id="closure-title">${t('erase.closureTitle')}</h2>
      <p>${t('erase.closure')}</p></section></aside></div>`;
  const form = main.querySelector('#erasure-form');
  onSubmit(form, async (v) => {
    const caseId = (v.caseId || '').trim();
    if (!/^[0-9a-fA-F-]{36}$/.test(caseId)) {
      throw { problem: { errors: [{ field: 'caseId', message: t('erase.caseIdBad') }] } };
    }
    if (!await confirmAction(t('erase.confirm', { id: caseId }), t('erase.submit'))) return;
    const done = await post(`/api/cases/${caseId}/erasure`, { reason: v.reason });
    form.reset();
    main.querySelector('#erasure-done').innerHTML = html`<p class="notice notice-info">${t('erase.done', { id: done.caseId, at: dateTime(done.erasedAt) })}</p>`;
  });
}
