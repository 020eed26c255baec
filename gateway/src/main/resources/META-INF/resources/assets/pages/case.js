// Case worker: one case with its team and lead, consent, goals by domain, timeline and journal, escalation with
// suggested lessons and the answer that came back, and handovers.
import { t, label } from '../i18n.js';
import { get, getCounted, post, put, del } from '../api.js';
import { html, raw, date, dateTime, pill, options, checkboxes, onSubmit, formError, announce, errorText } from '../ui.js';
import { DOMAINS, youthName, statusPill } from './cases.js';
import { warnWhileTyping } from '../identifiers.js';
import { entryBody, entryLabel, entryLines, ladderView } from './timeline.js';

const BARRIERS = ['HOUSING', 'RESIDENCE_STATUS', 'LANGUAGE', 'SCHOOL_ACCESS', 'MENTAL_HEALTH', 'FINANCES', 'WORK_ACCESS',
  'AGE_TRANSITION', 'AGENCY_COOPERATION', 'OTHER'];
const MEASURES = ['TEAM_MEETING', 'SCHOOL_ADJUSTMENT', 'REFERRAL_TO_SERVICE', 'FAMILY_CONVERSATION', 'LANGUAGE_SUPPORT',
  'HOUSING_SEARCH', 'LEGAL_AID', 'FINANCIAL_SUPPORT', 'OTHER'];
const ORGANISATIONS = ['school', 'social-services', 'guardian', 'foster-care', 'reception-class-coach', 'follow-up-school-coach',
  'youth-work', 'employment-agency', 'other'];
const NOTE_KINDS = ['NOTE', 'YOUTH_VOICE', 'PARENT_VOICE', 'DECISION', 'SIGNAL'];
const TIMELINE_TONE = { ESCALATED: 'warn', ESCALATION_STEP: 'info', ADVICE_RECEIVED: 'info', ESCALATION_RESOLVED: 'ok', ALERT_RAISED: 'bad', SIGNAL: 'warn' };
const TIMELINE_PAGE = 100; // the API's largest page; it pages the timeline oldest first

export async function render(main, [id], ctx) {
  const base = `/api/cases/${id}`;
  const c = await get(base);
  const [goals, timeline, escalations, handovers, consents] = await Promise.all([
    get(`${base}/goals`), newestTimeline(base), get(`${base}/escalations`), get(`${base}/handovers`),
    get(`${base}/consents`).catch(() => []),
  ]);
  const open = escalations.find((e) => e.status === 'RAISED' || e.status === 'ADVISED');
  const advice = open && open.status === 'ADVISED' ? await adviceFor(base, open, timeline) : null;
  const closed = c.status === 'CLOSED';
  const members = c.members.map((m) => m.username);
  main.innerHTML = html`
    <div class="page-head">
      <div><p class="crumbs"><a href="/cases">${t('nav.cases')}</a></p>
        <h1 id="case-title">${youthName(c.youth)}</h1>
        <p class="muted">${c.youth ? html`${t('case.born', { date: date(c.youth.dateOfBirth) })}${c.youth.languages.length ? html` · ${c.youth.languages.join(', ')}` : ''} · ` : ''}
          ${label('intensity', c.intensity)} · ${c.domains.map((d) => label('domain', d)).join(', ')} · ${t('app.region', { region: c.region })}</p></div>
      <div class="pills">${statusPill(c.status)} ${c.transitionDue ? pill(t('cases.flagTransition'), 'warn') : ''}</div>
    </div>
    ${c.leadMissing ? html`<div class="notice notice-bad" role="status">${t('case.leadMissing')}</div>` : ''}
    <div class="layout">
      <div class="stack">
        <section class="card" aria-labelledby="esc-title" id="escalation">
          <h2 id="esc-title">${t('case.escalate')}</h2>
          ${open ? openEscalation(open, advice) : closed ? '' : escalateForm()}
          ${escalations.filter((e) => e !== open).map(pastEscalation)}
        </section>
        <section class="card" aria-labelledby="goals-title">
          <h2 id="goals-title">${t('case.goals')}</h2>
          <div class="domains">${DOMAINS.map((d) => html`<div class="domain"><h3>${label('domain', d)}</h3>
            ${goalList(goals.filter((g) => g.domain === d))}</div>`)}</div>
          ${closed ? '' : html`<details><summary>${t('case.addGoal')}</summary>
            <form id="goal-form" class="form" novalidate>${formError()}
              <div class="row"><label>${t('case.goalTitle')}<input name="title" required maxlength="200"></label>
                <label>${t('cases.domain')}<select name="domain">${options('domain', DOMAINS, c.domains[0])}</select></label></div>
              <div class="row"><label>${t('case.owner')}<select name="owner">${members.map((m) => html`<option>${m}</option>`)}</select></label>
                <label>${t('case.due')}<input type="date" name="dueDate" required></label></div>
              <button type="submit">${t('case.addGoal')}</button></form></details>`}
        </section>
        <section class="card" aria-labelledby="timeline-title">
          <h2 id="timeline-title">${t('case.timeline')}</h2>
          ${closed ? '' : html`<form id="note-form" class="form note-form" novalidate>${formError()}
            <div class="row"><label class="narrow-field">${t('case.kind')}<select name="kind">${options('note', NOTE_KINDS, 'NOTE')}</select></label>
              <label class="grow">${t('case.write')}<textarea name="text" rows="2" required maxlength="4000"></textarea></label></div>
            <button type="submit">${t('case.post')}</button></form>`}
          <ol class="timeline" id="timeline">${timelineItems(timeline.entries)}</ol>
          ${timeline.from > 0 ? olderControl(timeline.entries.length, timeline.total) : ''}
        </section>
      </div>
      <aside class="side">
        <section class="card" aria-labelledby="team-title" id="team">
          <h2 id="team-title">${t('case.team')}</h2>
          <ul class="items">${c.members.map((m) => html`<li class="item member" data-member="${m.username}">
            <div><strong>${m.username}</strong> ${m.username === c.lead ? pill(t('case.lead'), 'ok') : ''}
              <div class="muted small">${label('org', m.organisation)}${m.role ? ` · ${m.role}` : ''}</div></div>
            ${closed || m.username === c.lead ? '' : html`<div class="actions">
              <button type="button" class="button-small" data-lead="${m.username}">${t('case.makeLead')}</button>
              <button type="button" class="button-small button-quiet" data-remove="${m.username}" aria-label="${t('case.remove')} ${m.username}">${t('case.remove')}</button></div>`}
          </li>`)}</ul>
          ${closed ? '' : html`<details><summary>${t('case.addMember')}</summary><form id="member-form" class="form" novalidate>${formError()}
            <label>${t('case.username')}<input name="username" required maxlength="100" autocomplete="off"></label>
            <label>${t('case.organisation')}<select name="organisation">${options('org', ORGANISATIONS, 'school')}</select></label>
            <label>${t('case.role')}<input name="role" required maxlength="100"></label>
            <button type="submit">${t('case.addMember')}</button></form></details>`}
        </section>
        <section class="card" aria-labelledby="consent-title">
          <h2 id="consent-title">${t('case.consent')}</h2>
          ${consents.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<ul class="items">${consents.map((k) => html`
            <li class="item"><div>${k.member} · ${label('purpose', k.purpose)}
              <div class="muted small">${label('giver', k.givenBy)} · ${date(k.recordedAt)}${k.live ? '' : html` · ${t('case.revoked')}`}</div></div>
              ${k.live && !closed ? html`<button type="button" class="button-small button-quiet" data-revoke="${k.id}">${t('case.revoke')}</button>` : ''}</li>`)}</ul>`}
          ${closed ? '' : html`<details><summary>${t('case.record')}</summary><form id="consent-form" class="form" novalidate>${formError()}
            <label>${t('case.member')}<select name="member">${members.map((m) => html`<option>${m}</option>`)}</select></label>
            <label>${t('case.purpose')}<select name="purpose">${options('purpose', ['IDENTITY', 'JOURNAL'])}</select></label>
            <label>${t('case.givenBy')}<select name="givenBy">${options('giver', ['YOUTH', 'GUARDIAN'])}</select></label>
            <button type="submit">${t('case.record')}</button></form></details>`}
        </section>
        <section class="card" aria-labelledby="handover-title">
          <h2 id="handover-title">${t('case.handovers')}</h2>
          ${handovers.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<ul class="items">${handovers.map((h) => html`
            <li class="item"><div><strong>${label('reason', h.reason)}</strong> ${pill(label('hstatus', h.status), h.status === 'ACCEPTED' ? 'ok' : h.status === 'DECLINED' ? 'bad' : 'info')}
              <div class="muted small">${label('scope', h.scope)} · ${t('case.to', { who: h.toUsername || label('org', h.toOrganisation) })}${h.dueBy ? html` · ${date(h.dueBy)}` : ''}</div></div>
              ${h.status === 'PENDING' ? html`<button type="button" class="button-small button-quiet" data-withdraw-handover="${h.id}">${t('case.withdrawHandover')}</button>` : ''}</li>`)}</ul>`}
          ${closed ? '' : html`<details><summary>${t('case.requestHandover')}</summary><form id="handover-form" class="form" novalidate>${formError()}
            <label>${t('case.scope')}<select name="scope">${options('scope', ['LEAD', 'CASE'])}</select></label>
            <label>${t('case.reason')}<select name="reason">${options('reason', ['AGE_18_TRANSITION', 'SCHOOL_TO_WORK', 'LEAD_CHANGE', 'MOVE', 'OTHER'])}</select></label>
            <label>${t('case.toOrganisation')}<select name="toOrganisation">${options('org', ORGANISATIONS, 'social-services')}</select></label>
            <label>${t('case.toUsername')}<input name="toUsername" maxlength="100" autocomplete="off"></label>
            <label>${t('case.dueBy')}<input type="date" name="dueBy"></label>
            <button type="submit">${t('case.request')}</button></form></details>`}
        </section>
      </aside>
    </div>`;
  wire(main, base, ctx, open);
  // these texts leave the team (the bridge, the advisory group): the server refuses the youth's name or birth date
  warnWhileTyping(main, c.youth, ['#what-was-tried', '#member-form [name=role]', '#goal-form [name=title]'],
    (found) => t('case.identifierWarning', { what: found.map((f) => t(`case.identifier.${f}`)).join(' / ') }));
  wireOlder(main, base, timeline);
}

const timelinePage = (base, page) => `${base}/timeline?page=${page}&size=${TIMELINE_PAGE}`;

/**
 * The newest entries of the timeline, oldest first, with the total and the first page read (from). The API pages
 * oldest first, so on a long case the newest 100 are on the last page and, when that one is short, the one before.
 */
async function newestTimeline(base) {
  const first = await getCounted(timelinePage(base, 0));
  const last = Math.max(0, Math.ceil(first.total / TIMELINE_PAGE) - 1);
  if (last === 0) return { entries: first.items, total: first.total, from: 0 };
  const from = first.total % TIMELINE_PAGE === 0 ? last : last - 1;
  const pages = await Promise.all((from === last ? [last] : [from, last])
    .map((p) => (p === 0 ? first : getCounted(timelinePage(base, p)))));
  return { entries: unique(pages.flatMap((p) => p.items)), total: Math.max(...pages.map((p) => p.total)), from };
}

/** An entry written between two page reads can appear on both; the timeline shows it once. */
function unique(entries) {
  const seen = new Set();
  return entries.filter((e) => !seen.has(e.id) && seen.add(e.id));
}

/**
 * The advice on an open escalation. It reaches the case only as a timeline line (the escalation carries the bridge's
 * resolution, not the advisory group's advice), written after the raising; when the newest entries shown do not
 * reach back to the raising, older pages are read back to it, so a busy case still shows its advice.
 */
async function adviceFor(base, e, timeline) {
  const raised = Date.parse(e.raisedAt); // as instants: ISO strings of one instant can differ in their digits
  const after = (x) => Date.parse(x.at) >= raised;
  const find = (entries) => [...entries].reverse().find((x) => x.kind === 'ADVICE_RECEIVED' && after(x));
  let found = find(timeline.entries);
  let entries = timeline.entries;
  for (let page = timeline.from - 1; !found && page >= 0 && entries.length && after(entries[0]); page -= 1) {
    entries = (await getCounted(timelinePage(base, page))).items;
    found = find(entries);
  }
  return found || null;
}

/** Timeline entries, newest first, each in the user's language from its kind and params (see timeline.js). */
function timelineItems(entries) {
  return html`${[...entries].reverse().map((e) => html`
    <li class="entry entry-${e.kind}" data-kind="${e.kind}"><div class="entry-head">
      ${pill(entryLabel(e), TIMELINE_TONE[e.kind] || 'muted')}
      <span class="muted small">${dateTime(e.at)} · ${e.actor}</span></div>
      ${entryBody(e)}</li>`)}`;
}

function olderControl(shown, total) {
  return html`<div class="timeline-more" id="timeline-more">
    <p class="muted small" id="timeline-shown">${t('case.timelineShown', { shown, total })}</p>
    <button type="button" class="button-quiet" id="older-entries" aria-controls="timeline">${t('case.olderEntries')}</button></div>`;
}

/** "Show older entries" reads the page before the oldest one shown and adds it below, where older entries go. */
function wireOlder(main, base, timeline) {
  const button = main.querySelector('#older-entries');
  if (!button) return;
  let { from } = timeline;
  let shown = timeline.entries;
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const page = await getCounted(timelinePage(base, from - 1));
      const known = new Set(shown.map((e) => e.id));
      const older = page.items.filter((e) => !known.has(e.id));
      from -= 1;
      shown = [...older, ...shown];
      const list = main.querySelector('#timeline');
      const before = list.children.length;
      list.insertAdjacentHTML('beforeend', String(timelineItems(older)));
      if (from === 0) main.querySelector('#timeline-more').remove();
      else main.querySelector('#timeline-shown').textContent = t('case.timelineShown', { shown: shown.length, total: page.total });
      button.disabled = false;
      announce(t('case.olderShown', { n: older.length }));
      // focus goes to the newest added entry, where reading goes on (and the button may be gone)
      const target = list.children[before] || (from === 0 ? list.lastElementChild : button);
      if (target && target !== button) target.setAttribute('tabindex', '-1');
      if (target) target.focus();
    } catch (error) {
      button.disabled = false; // a disabled button cannot take focus back
      if (error.status !== 401) { announce(errorText(error)); button.focus(); }
    }
  });
}


/** advice: the timeline entry carrying the advisory group's advice (see adviceFor), null while none came. */
function openEscalation(e, advice) {
  return html`<div class="notice notice-warn" id="open-escalation" data-status="${e.status}">
    <p><strong>${label('barrier', e.barrier)}</strong> · ${label('urgency', e.urgency)} · ${pill(label('esc', e.status), 'warn')}</p>
    <p>${t('case.openEscalation')}</p><p class="muted small">${dateTime(e.raisedAt)} · ${e.raisedBy}</p>
    ${ladderView(e.ladder)}
    ${advice ? html`<h3>${t('case.adviceFromAbove')}</h3><blockquote class="advice" id="escalation-advice">${entryLines(advice).text}</blockquote>` : ''}
    <button type="button" class="button-quiet" data-withdraw="${e.id}">${t('case.withdraw')}</button></div>
    <div id="suggestions" data-barrier="${e.barrier}"></div>`;
}

function pastEscalation(e) {
  return html`<div class="past"><p><strong>${label('barrier', e.barrier)}</strong> · ${pill(label('esc', e.status), e.status === 'RESOLVED' ? 'ok' : 'muted')}
    <span class="muted small">${date(e.raisedAt)}</span></p>
    ${e.resolution ? html`<p>${t('case.resolution', { outcome: label('outcome', e.resolution.outcome) })}</p>
      <blockquote class="advice">${e.resolution.advice}</blockquote>` : ''}
    ${e.ladder && (e.ladder.steps || []).length ? html`<details><summary>${t('ladder.steps')}</summary>${ladderView(e.ladder, { open: false })}</details>` : ''}</div>`;
}

function escalateForm() {
  return html`<form id="escalate-form" class="form" novalidate>${formError()}
    <div class="row"><label>${t('case.barrier')}<select name="barrier" id="barrier">${options('barrier', BARRIERS, '', { blank: '—' })}</select></label>
      <label>${t('case.urgency')}<select name="urgency">${options('urgency', ['LOW', 'MEDIUM', 'HIGH'], 'MEDIUM')}</select></label></div>
    <label>${t('case.tried')}<textarea name="whatWasTried" id="what-was-tried" rows="3" required maxlength="2000"></textarea></label>
    <fieldset><legend>${t('case.measures')}</legend><div class="checks">${checkboxes('triedMeasures', 'measure', MEASURES)}</div></fieldset>
    <div id="suggestions" aria-live="polite"></div>
    <button type="submit" id="raise-escalation">${t('case.raise')}</button></form>`;
}

function goalList(goals) {
  if (goals.length === 0) return html`<p class="muted small">${t('app.none')}</p>`;
  return html`<ul class="goals">${goals.map((g) => html`<li class="goal ${g.overdue ? 'goal-overdue' : ''}">
    <span>${g.title}</span>
    <span class="muted small">${g.owner} · ${t('case.due')} ${date(g.dueDate)}</span>
    <span>${pill(label('goal', g.status), g.status === 'DONE' ? 'ok' : 'muted')} ${g.overdue ? pill(t('case.overdue'), 'bad') : ''}
      ${g.status === 'OPEN' ? html`<button type="button" class="button-small button-quiet" data-done="${g.id}">${t('case.markDone')}</button>` : ''}</span>
  </li>`)}</ul>`;
}

async function showSuggestions(main, base, barrier, lessons) {
  const box = main.querySelector('#suggestions');
  if (!box) return;
  if (!barrier) { box.innerHTML = ''; return; }
  const list = lessons || await get(`${base}/suggestions?barrier=${encodeURIComponent(barrier)}`).catch(() => []);
  box.innerHTML = html`<div class="suggestions"><h3>${t('case.suggested')}</h3><p class="muted small">${t('case.suggestedHelp')}</p>
    ${list.length === 0 ? html`<p class="muted">${t('case.noSuggestions')}</p>` : html`<ul class="items">${list.map((l) => html`
      <li class="item lesson"><strong>${l.title}</strong> ${pill(label('lkind', l.kind), 'info')}<p>${l.summary}</p></li>`)}</ul>`}</div>`;
}

function wire(main, base, ctx, open) {
  const done = (message) => { announce(message || t('app.saved')); ctx.refresh(); };
  const act = async (fn) => { try { await fn(); done(); } catch (e) { if (e.status !== 401) announce(errorText(e)); } };
  const barrier = main.querySelector('#barrier');
  if (barrier) barrier.addEventListener('change', () => showSuggestions(main, base, barrier.value));
  if (open) showSuggestions(main, base, open.barrier);
  onSubmit(main.querySelector('#escalate-form'), async (v) => {
    const raised = await post(`${base}/escalations`, { barrier: v.barrier, urgency: v.urgency, whatWasTried: v.whatWasTried || '', triedMeasures: v.triedMeasures });
    announce(label('esc', raised.status));
    await ctx.refresh();
    showSuggestions(main, base, raised.barrier, raised.suggestedLessons);
  });
  onSubmit(main.querySelector('#note-form'), async (v) => { await post(`${base}/notes`, { kind: v.kind, text: v.text || '' }); done(); });
  onSubmit(main.querySelector('#goal-form'), async (v) => { await post(`${base}/goals`, v); done(); });
  onSubmit(main.querySelector('#member-form'), async (v) => { await post(`${base}/members`, v); done(); });
  onSubmit(main.querySelector('#consent-form'), async (v) => { await post(`${base}/consents`, v); done(); });
  onSubmit(main.querySelector('#handover-form'), async (v) => { await post(`${base}/handovers`, v); done(); });
  main.querySelectorAll('[data-lead]').forEach((b) => b.addEventListener('click', () => act(() => put(`${base}/lead`, { username: b.dataset.lead }))));
  main.querySelectorAll('[data-remove]').forEach((b) => b.addEventListener('click', () => act(() => del(`${base}/members/${encodeURIComponent(b.dataset.remove)}`))));
  main.querySelectorAll('[data-revoke]').forEach((b) => b.addEventListener('click', () => act(() => post(`${base}/consents/${b.dataset.revoke}/revoke`))));
  main.querySelectorAll('[data-withdraw]').forEach((b) => b.addEventListener('click', () => act(() => post(`${base}/escalations/${b.dataset.withdraw}/withdrawal`))));
  // a pending handover nobody answers would block every later one: the team takes it back
  main.querySelectorAll('[data-withdraw-handover]').forEach((b) => b.addEventListener('click', () => act(() => post(`${base}/handovers/${b.dataset.withdrawHandover}/withdrawal`))));
  main.querySelectorAll('[data-done]').forEach((b) => b.addEventListener('click', () => act(async () => {
    const g = await get(`${base}/goals/${b.dataset.done}`);
    await put(`${base}/goals/${g.id}`, { title: g.title, owner: g.owner, dueDate: g.dueDate, status: 'DONE' });
  })));
}
