// Case worker: my work across my cases (issue 18 item 4) - the goals I own, the escalations I raised with where each
// stands on the ladder, the handovers waiting for me - and what reaches me live (a step on my escalation, advice,
// an invitation to a consultation table, a handover to accept, an alert on my case), which redraws the lists.
import { t, label } from '../i18n.js';
import { get } from '../api.js';
import { html, date, dateTime, pill, announce, errorText } from '../ui.js';
import { listen } from './inbox.js';

export async function render(main) {
  main.innerHTML = html`
    <div class="page-head"><div><h1>${t('mywork.title')}</h1><p class="muted">${t('mywork.live')}</p></div>
      <span class="live" id="live-state" data-state="connecting">${t('app.offline')}</span></div>
    <section class="card" aria-labelledby="news-title" id="news-card" hidden><h2 id="news-title">${t('mywork.news')}</h2>
      <ul class="items" id="news" aria-live="polite"></ul></section>
    <div id="work" class="spaced"></div>`;
  const load = async () => { main.querySelector('#work').innerHTML = lists(await get('/api/me/work')); };
  await load();
  return listen(main, async (kind, data) => {
    main.querySelector('#news-card').hidden = false;
    main.querySelector('#news').insertAdjacentHTML('afterbegin', String(news(kind, data)));
    announce(t('inbox.arrived', { what: label('live', kind) }));
    try { await load(); } catch (e) { if (e.status !== 401) announce(errorText(e)); }
  });
}

/** A notification as it arrived: ids and categories only, so it names its kind and links to the case. */
function news(kind, data) {
  return html`<li class="item" data-news="${kind}"><div>${pill(label('live', kind), kind === 'ALERT' ? 'warn' : 'info')}
    <span class="muted small">${dateTime(data.at || new Date().toISOString())}</span></div>
    ${data.caseId ? html`<a href="/cases/${data.caseId}">${t('mywork.openCase')}</a>` : ''}</li>`;
}

const caseLink = (id) => html`<a href="/cases/${id}">${t('mywork.openCase')}</a>`;

function lists(work) {
  const goals = work.goals || [];
  const escalations = work.escalations || [];
  const handovers = work.handovers || [];
  const none = html`<p class="muted">${t('app.none')}</p>`;
  return html`<div class="layout"><div class="stack">
    <section class="card" aria-labelledby="my-goals-title"><h2 id="my-goals-title">${t('mywork.goals')}</h2>
      ${goals.length === 0 ? none : html`<ul class="items" id="my-goals">${goals.map((g) => html`<li class="item" data-goal="${g.goalId}">
        <div><strong>${g.description ?? g.title}</strong><div class="muted small">${label('domain', g.domain)} · ${t('case.due')} ${date(g.dueDate)}
          ${g.overdue ? pill(t('case.overdue'), 'bad') : ''}</div></div>
        <div>${pill(label('goal', g.status), 'muted')} ${caseLink(g.caseId)}</div></li>`)}</ul>`}
    </section>
    <section class="card" aria-labelledby="my-escalations-title"><h2 id="my-escalations-title">${t('mywork.escalations')}</h2>
      ${escalations.length === 0 ? none : html`<ul class="items" id="my-escalations">${escalations.map((e) => {
        const ladder = e.ladder || e; // the ladder's tier, owner and due date, nested or beside the escalation's fields
        return html`<li class="item" data-escalation="${e.escalationId}"><div><strong>${label('barrier', e.barrier)}</strong> · ${label('urgency', e.urgency)}
          <div class="muted small">${t('mywork.raised')} ${date(e.raisedAt)}${ladder.owner ? html` · ${t('detail.owner', { owner: ladder.owner })}` : ''}${ladder.dueDate ? html` · ${t('inbox.dueDate')} ${date(ladder.dueDate)}` : ''}</div></div>
          <div>${ladder.tier ? pill(label('tier', ladder.tier), 'info') : ''} ${caseLink(e.caseId)}</div></li>`;
      })}</ul>`}
    </section></div>
    <aside class="side"><section class="card" aria-labelledby="my-handovers-title"><h2 id="my-handovers-title">${t('mywork.handovers')}</h2>
      ${handovers.length === 0 ? none : html`<ul class="items" id="my-handovers">${handovers.map((h) => html`<li class="item" data-handover="${h.handoverId}">
        <div><strong>${label('reason', h.kind)}</strong><div class="muted small">${t('mywork.requested')} ${date(h.requestedAt)}</div></div>
        <a href="/cases">${t('cases.incoming')}</a></li>`)}</ul>`}
    </section></aside></div>`;
}
