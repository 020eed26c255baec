// Bridge coordinator: the live inbox of the region (escalations and alerts arrive without a reload through the
// notification stream /api/me/notifications) with alerts to acknowledge and assign, and one escalation: claim, notes
// (for the team or internal), due date, consultation tables, refer, resolve.
import { t, label } from '../i18n.js';
import { get, post, put, query } from '../api.js';
import { html, date, dateTime, pill, options, onSubmit, formError, announce, errorText } from '../ui.js';
import { alertPill } from './cases.js';
import { consultationsSection, wireConsultations } from './consultations.js';

const STATUSES = ['NEW', 'CLAIMED', 'REFERRED', 'ADVISED', 'RESOLVED', 'WITHDRAWN'];
const TONE = { NEW: 'bad', CLAIMED: 'warn', REFERRED: 'info', ADVISED: 'info', RESOLVED: 'ok', WITHDRAWN: 'muted' };
// the stream names each event by its kind; the last four reach case workers (issue 18), ALERT both roles
const LIVE_KINDS = ['NEW_ESCALATION', 'ALERT', 'RENOTIFIED', 'CLIMBED', 'REASSIGNED',
  'STEP', 'ADVICE', 'CONSULTATION_INVITE', 'HANDOVER_TO_ACCEPT'];

export const escalationPill = (status) => pill(label('esc', status), TONE[status]);

export async function list(main, params, ctx) {
  const filter = Object.fromEntries(new URLSearchParams(location.search));
  main.innerHTML = html`
    <div class="page-head"><div><h1>${t('inbox.title')}</h1><p class="muted">${t('inbox.live')}</p></div>
      <span class="live" id="live-state" data-state="connecting">${t('app.offline')}</span></div>
    <form class="filters card" id="inbox-filter">
      <label>${t('cases.status')}<select name="status">${options('esc', STATUSES, filter.status, { blank: t('app.all') })}</select></label>
      <label>${t('inbox.owner')}<select name="owner">${ownerOptions(filter.owner, ctx.me.username)}</select></label>
    </form>
    <div class="layout"><section class="card" aria-labelledby="inbox-list-title"><h2 id="inbox-list-title" class="sr-only">${t('inbox.title')}</h2>
      <div id="inbox-list" aria-live="polite"></div></section>
      <aside class="side"><section class="card" aria-labelledby="alerts-title"><h2 id="alerts-title">${t('inbox.alerts')}</h2>
        <div id="alert-list"></div></section></aside></div>`;
  const form = main.querySelector('#inbox-filter');
  form.addEventListener('change', () => ctx.navigate(`/inbox${query(Object.fromEntries(new FormData(form)))}`, { replace: true }));
  form.addEventListener('submit', (e) => e.preventDefault());
  const seen = new Set();
  let first = true;
  const load = async () => {
    const [inbox, alerts] = await Promise.all([get(`/api/network/escalations${query({ status: filter.status, owner: filter.owner, size: 50 })}`),
      get('/api/network/alerts?size=20')]);
    main.querySelector('#inbox-list').innerHTML = inboxTable(inbox.items, first ? null : seen);
    main.querySelector('#alert-list').innerHTML = alertList(alerts.items);
    wireAlerts(main, load);
    inbox.items.forEach((e) => seen.add(e.id));
    first = false;
  };
  await load();
  return listen(main, async (kind, data) => {
    announce(t('inbox.arrived', { what: label('live', kind) }));
    try { await load(); } catch (e) { if (e.status !== 401) announce(errorText(e)); }
  });
}

/**
 * Opens the stream (#live-state shows whether it is up); onNews(kind, data) runs for each notification. Returns the
 * page's cleanup, which closes it. The case worker's "my work" listens the same way.
 */
export function listen(main, onNews) {
  const state = main.querySelector('#live-state');
  const source = new EventSource('/api/me/notifications');
  source.addEventListener('connected', () => { state.dataset.state = 'live'; state.textContent = t('app.live'); });
  LIVE_KINDS.forEach((kind) => source.addEventListener(kind, (event) => {
    let data = {};
    try { data = JSON.parse(event.data); } catch (e) { /* keep going */ }
    onNews(kind, data);
  }));
  source.onerror = () => {
    state.dataset.state = 'connecting';
    state.textContent = t('app.offline');
    // EventSource retries by itself; if the session ended, the next API call says so and offers to sign in
    get('/api/me').catch(() => source.close());
  };
  return () => source.close();
}

function inboxTable(items, seen) {
  if (items.length === 0) return html`<p class="muted">${t('app.none')}</p>`;
  return html`<div class="table-wrap"><table class="table" id="inbox-table">
    <thead><tr><th scope="col">${t('case.barrier')}</th><th scope="col">${t('case.urgency')}</th><th scope="col">${t('cases.youth')}</th>
      <th scope="col">${t('cases.status')}</th><th scope="col">${t('inbox.dueDate')}</th></tr></thead>
    <tbody>${items.map((e) => html`<tr data-escalation="${e.id}" class="${seen && !seen.has(e.id) ? 'arrived' : ''}">
      <td><a href="/inbox/${e.id}">${label('barrier', e.barrier)}</a>
        <div class="muted small">${dateTime(e.raisedAt)} · ${t('inbox.raisedBy', { who: e.raisedBy })}</div></td>
      <td>${pill(label('urgency', e.urgency), e.urgency === 'HIGH' ? 'bad' : e.urgency === 'MEDIUM' ? 'warn' : 'muted')}</td>
      <td>${e.pseudonym.slice(0, 10)} · ${e.ageBand}<div class="muted small">${e.domains.map((d) => label('domain', d)).join(', ')}</div></td>
      <td>${escalationPill(e.status)}${e.owner ? html`<div class="muted small">${e.owner}</div>` : ''}</td>
      <td>${date(e.dueDate)} ${e.overdue ? pill(t('inbox.overdue'), 'bad') : ''}</td></tr>`)}</tbody></table></div>`;
}

/** Everyone, mine, unclaimed, and the owner a link asked for (the workload page links each owner's escalations). */
function ownerOptions(selected, me) {
  const known = ['', me, 'none'];
  const names = { '': t('app.all'), [me]: t('inbox.ownerMine'), none: t('inbox.ownerNone') };
  const values = selected && !known.includes(selected) ? [...known, selected] : known;
  return html`${values.map((v) => html`<option value="${v}" ${v === (selected || '') ? html`selected` : ''}>${names[v] ?? v}</option>`)}`;
}

function alertList(items) {
  if (items.length === 0) return html`<p class="muted">${t('app.none')}</p>`;
  return html`<ul class="items">${items.map((a) => html`<li class="item alert-item" data-alert="${a.id}"><div class="grow">
    ${alertPill(a.kind)}
    <div class="muted small">${a.pseudonym.slice(0, 10)} · ${a.ageBand || ''} · ${dateTime(a.raisedAt)}${a.turns18In ? html` · ${t('case.turns18', { month: a.turns18In })}` : ''}</div>
    <div class="small" data-alert-state>${a.acknowledgedBy ? html`${t('inbox.acknowledged', { who: a.acknowledgedBy })} · ${dateTime(a.acknowledgedAt)}` : ''}
      ${a.assignee ? html`${a.acknowledgedBy ? ' · ' : ''}${t('inbox.assignedTo', { who: a.assignee })}` : ''}</div>
    <div class="actions">${a.acknowledgedBy ? '' : html`<button type="button" class="button-small" data-acknowledge="${a.id}">${t('inbox.acknowledge')}</button>`}
      <details><summary>${t('inbox.assign')}</summary><form class="inline-form" data-assign="${a.id}" novalidate>${formError()}
        <label>${t('inbox.assignee')}<input name="assignee" required maxlength="200" autocomplete="off" value="${a.assignee || ''}"></label>
        <button type="submit" class="button-small">${t('inbox.assign')}</button></form></details></div></div></li>`)}</ul>`;
}

/** Acknowledge and assign on each alert; reload() redraws the lists after a success. */
function wireAlerts(main, reload) {
  const saved = async () => { announce(t('app.saved')); await reload(); };
  main.querySelectorAll('[data-acknowledge]').forEach((b) => b.addEventListener('click', async () => {
    b.disabled = true;
    try { await post(`/api/network/alerts/${b.dataset.acknowledge}/acknowledgement`); await saved(); } catch (err) {
      b.disabled = false;
      if (err.status !== 401) announce(errorText(err));
    }
  }));
  main.querySelectorAll('form[data-assign]').forEach((form) => onSubmit(form, async (v) => {
    await post(`/api/network/alerts/${form.dataset.assign}/assignment`, { assignee: v.assignee || '' });
    await saved();
  }));
}

export async function detail(main, [id], ctx) {
  const base = `/api/network/escalations/${id}`;
  const e = await get(base);
  const roster = await get(`/api/network/cases/${e.caseId}/professionals`).catch(() => null);
  const mine = e.owner === ctx.me.username;
  const leading = await regionLeadMayReassign(e, ctx.me.username);
  main.innerHTML = html`
    <div class="page-head"><div><p class="crumbs"><a href="/inbox">${t('nav.inbox')}</a></p>
      <h1>${label('barrier', e.barrier)}</h1>
      <p class="muted">${e.pseudonym.slice(0, 10)} · ${t('case.ageBand', { band: e.ageBand })} · ${e.domains.map((d) => label('domain', d)).join(', ')} · ${label('intensity', e.intensity)}</p></div>
      <div class="pills" id="escalation-status">${escalationPill(e.status)} ${pill(label('urgency', e.urgency), e.urgency === 'HIGH' ? 'bad' : 'muted')}</div></div>
    <div class="layout"><div class="stack">
      <section class="card" aria-labelledby="tried-title"><h2 id="tried-title">${t('case.tried')}</h2>
        <p class="quote">${e.whatWasTried}</p>
        <p>${e.triedMeasures.map((m) => pill(label('measure', m), 'muted'))}</p>
        <p class="muted small">${dateTime(e.raisedAt)} · ${t('inbox.raisedBy', { who: e.raisedBy })} · ${t('inbox.dueDate')} ${date(e.dueDate)}
          ${e.owner ? html` · ${t('inbox.claimed', { owner: e.owner })}` : ''}</p>
        ${e.status === 'NEW' ? html`<button type="button" id="claim">${t('inbox.claim')}</button>` : ''}
      </section>
      ${e.referral ? html`<section class="card" aria-labelledby="referral-title" id="referral"><h2 id="referral-title">${t('inbox.refer')}</h2>
        <p>${t('inbox.referral', { question: e.referral.question })}</p>
        ${e.referral.advice ? html`<h3>${t('inbox.adviceReceived')}</h3><blockquote class="advice" id="advisory-advice">${e.referral.advice.text}</blockquote>
          <p class="muted small">${e.referral.advice.givenBy} · ${dateTime(e.referral.advice.givenAt)}</p>` : ''}</section>` : ''}
      ${e.resolution ? html`<section class="card"><h2>${t('case.resolution', { outcome: label('outcome', e.resolution.outcome) })}</h2>
        <blockquote class="advice">${e.resolution.advice}</blockquote></section>` : ''}
      ${consultationsSection(e, mine)}
      ${mine && e.status === 'CLAIMED' ? html`<section class="card" aria-labelledby="refer-title"><h2 id="refer-title">${t('inbox.refer')}</h2>
        <form id="refer-form" class="form" novalidate>${formError()}
          <label>${t('inbox.question')}<textarea name="question" id="question" rows="3" required maxlength="2000"></textarea></label>
          <button type="submit" id="refer">${t('inbox.refer')}</button></form></section>` : ''}
      ${leading ? html`<section class="card" aria-labelledby="reassign-title"><h2 id="reassign-title">${t('inbox.reassign')}</h2>
        <p class="muted">${t('inbox.reassignHelp')}</p><form id="reassign-form" class="form" novalidate>${formError()}
          <label>${t('inbox.newOwner')}<input name="owner" required maxlength="200" autocomplete="off"></label>
          <label>${t('inbox.reassignReason')}<textarea name="reason" rows="2" required maxlength="500"></textarea></label>
          <button type="submit">${t('inbox.reassign')}</button></form></section>` : ''}
      ${mine && ['CLAIMED', 'REFERRED', 'ADVISED'].includes(e.status) ? html`<section class="card" aria-labelledby="resolve-title">
        <h2 id="resolve-title">${t('inbox.resolve')}</h2><form id="resolve-form" class="form" novalidate>${formError()}
          <label>${t('case.outcome')}<select name="outcome">${options('outcome', ['UNBLOCKED', 'PARTLY_UNBLOCKED', 'NOT_UNBLOCKED'])}</select></label>
          <label>${t('inbox.adviceForTeam')}<textarea name="advice" rows="3" required maxlength="4000">${e.referral && e.referral.advice ? e.referral.advice.text : ''}</textarea></label>
          <button type="submit">${t('inbox.resolve')}</button></form></section>` : ''}
    </div><aside class="side">
      <section class="card" aria-labelledby="notes-title"><h2 id="notes-title">${t('inbox.notes')}</h2>
        ${(e.notes || []).length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<ul class="items">${e.notes.map((n) => html`
          <li class="item"><p>${n.text}</p><span class="muted small">${n.writtenBy} · ${dateTime(n.writtenAt)}</span>
            ${n.forTeam ? pill(t('inbox.noteForTeam'), 'info') : ''}</li>`)}</ul>`}
        ${mine && e.status !== 'RESOLVED' ? html`<form id="note-form" class="form" novalidate>${formError()}
          <label>${t('inbox.addNote')}<textarea name="text" rows="2" required maxlength="4000"></textarea></label>
          <label class="check"><input type="checkbox" name="forTeam" value="true"> ${t('inbox.forTeam')}</label>
          <button type="submit">${t('inbox.addNote')}</button></form>
          <form id="due-form" class="form" novalidate>${formError()}<label>${t('inbox.dueDate')}<input type="date" name="dueDate" value="${e.dueDate}"></label>
          <label>${t('inbox.dueReason')}<textarea name="reason" rows="2" maxlength="500"></textarea></label>
          <button type="submit">${t('app.save')}</button></form>` : ''}
      </section>
      <section class="card" aria-labelledby="steps-title"><h2 id="steps-title">${t('inbox.steps')}</h2>
        <ol class="steps">${(e.steps || []).map((s) => html`<li>${label('step', s.step)} <span class="muted small">${dateTime(s.at)} · ${s.actor}</span></li>`)}</ol></section>
      ${roster ? html`<section class="card" aria-labelledby="roster-title"><h2 id="roster-title">${t('inbox.team')}</h2>
        <ul class="items">${roster.professionals.map((p) => html`<li class="item">${p.username} ${p.lead ? pill(t('case.lead'), 'ok') : ''}
          <div class="muted small">${label('org', p.organisation)}${p.role ? ` · ${p.role}` : ''}</div></li>`)}</ul></section>` : ''}
    </aside></div>`;
  const done = () => { announce(t('app.saved')); return ctx.refresh(); };
  const claim = main.querySelector('#claim');
  if (claim) claim.addEventListener('click', async () => { try { await post(`${base}/claim`); await done(); } catch (err) { if (err.status !== 401) announce(errorText(err)); } });
  onSubmit(main.querySelector('#refer-form'), async (v) => { await post(`${base}/referral`, { question: v.question || '' }); await done(); });
  onSubmit(main.querySelector('#resolve-form'), async (v) => { await post(`${base}/resolution`, { outcome: v.outcome, advice: v.advice || '' }); await done(); });
  // a note stays the bridge's own unless its author marks it for the team, which then sees it as a step
  onSubmit(main.querySelector('#note-form'), async (v) => { await post(`${base}/notes`, { text: v.text || '', forTeam: (v.forTeam || []).length > 0 }); await done(); });
  wireConsultations(main, base, done);
  onSubmit(main.querySelector('#due-form'), async (v) => { await put(`${base}/due-date`, { dueDate: v.dueDate, reason: v.reason || null }); await done(); });
  onSubmit(main.querySelector('#reassign-form'), async (v) => { await post(`${base}/reassignment`, { owner: v.owner || '', reason: v.reason || '' }); await done(); });
}

/** Only after its climb, while open, and only for the region's lead coordinator (the server decides; this hides the form). */
async function regionLeadMayReassign(e, me) {
  if (!e.persistence || !e.persistence.climbedAt || !['NEW', 'CLAIMED', 'REFERRED', 'ADVISED'].includes(e.status)) return false;
  const lead = await get(`/api/network/regions/${e.region}/lead`).catch(() => null);
  return lead !== null && lead.username === me;
}
