// Advisory member: referrals (pseudonymised digests) and advice, sessions with their agenda, the lessons base and
// the barrier register.
import { t, label, language } from '../i18n.js';
import { get, post, put, query } from '../api.js';
import { html, date, dateTime, month, pill, options, checkboxes, onSubmit, formError, announce, csv, errorText } from '../ui.js';
import { DOMAINS } from './cases.js';

const BARRIERS = ['HOUSING', 'RESIDENCE_STATUS', 'LANGUAGE', 'SCHOOL_ACCESS', 'MENTAL_HEALTH', 'FINANCES', 'WORK_ACCESS',
  'AGE_TRANSITION', 'AGENCY_COOPERATION', 'OTHER'];
const refPill = (s) => pill(label('ref', s), s === 'OPEN' ? 'warn' : 'ok');

export async function referrals(main, params, ctx) {
  const filter = Object.fromEntries(new URLSearchParams(location.search));
  const list = await get(`/api/advisory/referrals${query({ status: filter.status, size: 50 })}`);
  main.innerHTML = html`
    <div class="page-head"><div><h1>${t('adv.title')}</h1><p class="muted">${t('adv.privacy')}</p></div></div>
    <form class="filters card" id="ref-filter"><label>${t('cases.status')}<select name="status">${options('ref', ['OPEN', 'ADVISED'], filter.status, { blank: t('app.all') })}</select></label></form>
    <section class="card">${list.items.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<div class="table-wrap"><table class="table" id="referral-list">
      <thead><tr><th scope="col">${t('case.barrier')}</th><th scope="col">${t('adv.question')}</th><th scope="col">${t('cases.youth')}</th><th scope="col">${t('cases.status')}</th></tr></thead>
      <tbody>${list.items.map((r) => html`<tr data-referral="${r.id}"><td><a href="/advisory/referrals/${r.id}">${label('barrier', r.barrier)}</a>
        <div class="muted small">${dateTime(r.referredAt)} · ${label('urgency', r.urgency)}</div></td>
        <td class="clip">${r.question}</td><td>${r.ageBand}<div class="muted small">${r.domains.map((d) => label('domain', d)).join(', ')}</div></td>
        <td>${refPill(r.status)}</td></tr>`)}</tbody></table></div>`}</section>`;
  const form = main.querySelector('#ref-filter');
  form.addEventListener('change', () => ctx.navigate(`/advisory${query(Object.fromEntries(new FormData(form)))}`, { replace: true }));
}

export async function referral(main, [id], ctx) {
  const r = await get(`/api/advisory/referrals/${id}`);
  main.innerHTML = html`
    <div class="page-head"><div><p class="crumbs"><a href="/advisory">${t('nav.referrals')}</a></p><h1>${label('barrier', r.barrier)}</h1>
      <p class="muted">${r.pseudonym.slice(0, 10)} · ${t('case.ageBand', { band: r.ageBand })} · ${r.domains.map((d) => label('domain', d)).join(', ')} · ${label('intensity', r.intensity)} · ${t('app.region', { region: r.region })}</p></div>
      <div class="pills" id="referral-status">${refPill(r.status)} ${pill(label('urgency', r.urgency), r.urgency === 'HIGH' ? 'bad' : 'muted')}</div></div>
    <p class="notice notice-info">${t('adv.privacy')}</p>
    <div class="layout"><div class="stack">
      <section class="card"><h2>${t('adv.question')}</h2><p class="quote" id="referral-question">${r.question}</p>
        <p class="muted small">${r.referredBy} · ${dateTime(r.referredAt)}</p></section>
      <section class="card" aria-labelledby="advice-title"><h2 id="advice-title">${r.advice ? t('adv.advice') : t('adv.advise')}</h2>
        ${r.advice ? html`<blockquote class="advice" id="given-advice">${r.advice.text}</blockquote><p class="muted small">${r.advice.givenBy} · ${dateTime(r.advice.givenAt)}</p>
          <form id="lesson-form" class="form" novalidate>${formError()}<label>${t('adv.lessonTitle')}<input name="title" required maxlength="200"></label>
            <label>${t('lessons.kind')}<select name="kind">${options('lkind', ['LESSON', 'SUCCESS_STORY'])}</select></label>
            <button type="submit">${t('adv.toLesson')}</button></form>`
        : html`<form id="advice-form" class="form" novalidate>${formError()}
          <label>${t('adv.advice')}<textarea name="advice" id="advice" rows="5" required maxlength="4000"></textarea></label>
          <button type="submit" id="send-advice">${t('adv.send')}</button></form>`}</section>
    </div><aside class="side">
      <section class="card"><h2>${t('adv.tried')}</h2><p>${r.triedMeasures.map((m) => pill(label('measure', m), 'muted'))}</p></section>
      <section class="card"><h2>${t('adv.steps')}</h2><ol class="steps">${r.bridgeSteps.map((s) => html`<li>${s.step.replace(/_/g, ' ').toLowerCase()} <span class="muted small">${dateTime(s.at)}</span></li>`)}</ol></section>
    </aside></div>`;
  onSubmit(main.querySelector('#advice-form'), async (v) => { await post(`/api/advisory/referrals/${id}/advice`, { advice: v.advice || '' }); announce(t('app.saved')); await ctx.refresh(); });
  onSubmit(main.querySelector('#lesson-form'), async (v) => { await post(`/api/advisory/referrals/${id}/lesson`, { title: v.title || '', kind: v.kind }); ctx.navigate('/advisory/lessons'); });
}

export async function sessions(main, params, ctx) {
  const list = await get('/api/advisory/sessions?size=50');
  main.innerHTML = html`
    <div class="page-head"><h1>${t('sessions.title')}</h1></div>
    <div class="layout"><section class="card">${list.items.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<ul class="items">${list.items.map((s) => html`
      <li class="item"><div><a href="/advisory/sessions/${s.id}">${date(s.date)}</a><div class="muted small">${s.members.join(', ')} · ${s.agenda.length} · ${t('sessions.agenda').toLowerCase()}</div></div></li>`)}</ul>`}</section>
    <aside class="side"><section class="card"><h2>${t('sessions.plan')}</h2><form id="session-form" class="form" novalidate>${formError()}
      <label>${t('sessions.date')}<input type="date" name="date" required></label>
      <label>${t('sessions.members')}<input name="members" value="${ctx.me.username}" required></label>
      <button type="submit">${t('sessions.plan')}</button></form></section></aside></div>`;
  onSubmit(main.querySelector('#session-form'), async (v) => {
    const s = await post('/api/advisory/sessions', { date: v.date || null, members: csv(v.members) });
    ctx.navigate(`/advisory/sessions/${s.id}`);
  });
}

export async function session(main, [id], ctx) {
  const s = await get(`/api/advisory/sessions/${id}`);
  main.innerHTML = html`
    <div class="page-head"><div><p class="crumbs"><a href="/advisory/sessions">${t('nav.sessions')}</a></p><h1>${date(s.date)}</h1>
      <p class="muted">${s.members.join(', ')}</p></div></div>
    <div class="layout"><section class="card" aria-labelledby="agenda-title"><h2 id="agenda-title">${t('sessions.agenda')}</h2>
      ${s.agenda.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<ol class="agenda">${s.agenda.map((i) => html`<li class="item">
        <div><a href="/advisory/referrals/${i.referralId}">${label('barrier', i.barrier)}</a> · ${label('urgency', i.urgency)} · ${i.ageBand}
          ${i.handled ? pill(t('sessions.handled'), 'ok') : ''}</div>
        ${i.decision ? html`<p class="quote">${i.decision}</p>` : html`<form class="form decision" data-referral="${i.referralId}" novalidate>${formError()}
          <label>${t('sessions.decision')}<textarea name="decision" rows="2" required maxlength="4000"></textarea></label>
          <label>${t('sessions.decisionOwner')}<input name="owner" value="${ctx.me.username}" maxlength="200"></label>
          <label>${t('sessions.decisionDue')}<input type="date" name="dueDate"></label>
          <label class="check"><input type="checkbox" name="final" value="true"> ${t('sessions.decisionFinal')}</label>
          <button type="submit" class="button-small">${t('sessions.decide')}</button></form>`}</li>`)}</ol>`}</section>
    <aside class="side"><section class="card"><h2>${t('sessions.minutes')}</h2><form id="minutes-form" class="form" novalidate>${formError()}
      <label class="sr-only" for="minutes">${t('sessions.minutes')}</label><textarea id="minutes" name="minutes" rows="10">${s.minutes || ''}</textarea>
      <button type="submit">${t('app.save')}</button></form></section></aside></div>`;
  main.querySelectorAll('form.decision').forEach((f) => onSubmit(f, async (v) => {
    await post(`/api/advisory/sessions/${id}/decisions`, { referralId: f.dataset.referral, decision: v.decision || '',
      owner: v.owner || null, dueDate: v.dueDate || null, final: (v.final || []).includes('true') }); await ctx.refresh();
  }));
  onSubmit(main.querySelector('#minutes-form'), async (v) => { await put(`/api/advisory/sessions/${id}/minutes`, { minutes: v.minutes || '' }); announce(t('app.saved')); });
}

export async function lessons(main, params, ctx) {
  const filter = Object.fromEntries(new URLSearchParams(location.search));
  const list = await get(`/api/advisory/lessons${query({ ...filter, size: 50 })}`);
  main.innerHTML = html`
    <div class="page-head"><h1>${t('lessons.title')}</h1></div>
    <form class="filters card" id="lesson-filter" role="search">
      <label class="grow">${t('app.search')}<input type="search" name="q" value="${filter.q || ''}"></label>
      <label>${t('case.barrier')}<select name="barrier">${options('barrier', BARRIERS, filter.barrier, { blank: t('app.all') })}</select></label>
      <label>${t('cases.domain')}<select name="domain">${options('domain', DOMAINS, filter.domain, { blank: t('app.all') })}</select></label>
      <button type="submit">${t('app.search')}</button></form>
    <div class="layout"><section class="card">${list.items.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<ul class="items">${list.items.map((l) => html`
      <li class="item lesson"><div><strong>${l.title}</strong> ${pill(label('lkind', l.kind), 'info')}
        ${l.revision > 0 ? pill(t('lessons.published', { rev: l.revision }), 'ok') : pill(t('lessons.draft'), 'muted')}
        <p>${l.summary}</p><p class="muted small">${l.barriers.map((b) => label('barrier', b)).join(', ')} · ${l.domains.map((d) => label('domain', d)).join(', ')}</p></div>
        ${l.revision === 0 || l.changed ? html`<button type="button" class="button-small" data-publish="${l.id}">${t('lessons.publish')}</button>` : ''}</li>`)}</ul>`}</section>
    <aside class="side"><section class="card"><h2>${t('lessons.new')}</h2><form id="new-lesson" class="form" novalidate>${formError()}
      <label>${t('lessons.kind')}<select name="kind">${options('lkind', ['LESSON', 'SUCCESS_STORY'])}</select></label>
      <label>${t('adv.lessonTitle')}<input name="title" required maxlength="200"></label>
      <label>${t('lessons.summary')}<textarea name="summary" rows="4" required maxlength="4000"></textarea></label>
      <fieldset><legend>${t('case.barrier')}</legend><div class="checks">${checkboxes('barriers', 'barrier', BARRIERS)}</div></fieldset>
      <fieldset><legend>${t('cases.domain')}</legend>${checkboxes('domains', 'domain', DOMAINS)}</fieldset>
      <label>${t('lessons.regions')}<input name="regions"></label>
      <button type="submit">${t('app.save')}</button></form></section></aside></div>`;
  const form = main.querySelector('#lesson-filter');
  form.addEventListener('submit', (e) => { e.preventDefault(); ctx.navigate(`/advisory/lessons${query(Object.fromEntries(new FormData(form)))}`, { replace: true }); });
  onSubmit(main.querySelector('#new-lesson'), async (v) => {
    await post('/api/advisory/lessons', { kind: v.kind, title: v.title || '', summary: v.summary || '', barriers: v.barriers, domains: v.domains, regions: csv(v.regions) });
    await ctx.refresh();
  });
  main.querySelectorAll('[data-publish]').forEach((b) => b.addEventListener('click', async () => {
    try { await post(`/api/advisory/lessons/${b.dataset.publish}/publication`); await ctx.refresh(); } catch (e) { if (e.status !== 401) announce(errorText(e)); }
  }));
}

export async function barriers(main, params, ctx) {
  const list = await get('/api/advisory/barriers?size=50');
  main.innerHTML = html`
    <div class="page-head"><h1>${t('barriers.title')}</h1></div>
    <div class="layout"><section class="card">${list.items.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<div class="table-wrap"><table class="table">
      <thead><tr><th scope="col">${t('adv.lessonTitle')}</th><th scope="col">${t('case.barrier')}</th><th scope="col">${t('cases.status')}</th><th scope="col">${t('barriers.trend')}</th></tr></thead>
      <tbody>${list.items.map((b) => html`<tr><td><a href="/advisory/barriers/${b.id}">${b.title}</a><div class="muted small">${b.owner}</div></td>
        <td>${label('barrier', b.category)}</td><td>${pill(label('bstatus', b.status), b.status === 'OPEN' ? 'warn' : 'info')}</td><td>${b.trend || ''}</td></tr>`)}</tbody></table></div>`}</section>
    <aside class="side"><section class="card"><h2>${t('barriers.new')}</h2><form id="new-barrier" class="form" novalidate>${formError()}
      <label>${t('adv.lessonTitle')}<input name="title" required maxlength="200"></label>
      <label>${t('case.barrier')}<select name="category">${options('barrier', BARRIERS)}</select></label>
      <label>${t('barriers.description')}<textarea name="description" rows="4" required maxlength="4000"></textarea></label>
      <button type="submit">${t('app.save')}</button></form></section></aside></div>`;
  onSubmit(main.querySelector('#new-barrier'), async (v) => {
    const b = await post('/api/advisory/barriers', { title: v.title || '', description: v.description || '', category: v.category });
    ctx.navigate(`/advisory/barriers/${b.id}`);
  });
}

export async function barrier(main, [id], ctx) {
  const b = await get(`/api/advisory/barriers/${id}`);
  const cells = (b.casesByMonth && b.casesByMonth.cells) || [];
  const max = Math.max(1, ...cells.map((c) => c.cases || 0));
  main.innerHTML = html`
    <div class="page-head"><div><p class="crumbs"><a href="/advisory/barriers">${t('nav.barriers')}</a></p><h1>${b.title}</h1>
      <p class="muted">${label('barrier', b.category)} · ${b.owner} · ${t('barriers.trend')}: ${b.trend || '–'}</p></div>
      <div class="pills">${pill(label('bstatus', b.status), 'info')}</div></div>
    <div class="layout"><div class="stack"><section class="card"><p>${b.description}</p></section>
      <section class="card"><h2>${t('barriers.cases')}</h2><div class="bars">${cells.map((c) => html`<div class="bar-row">
        <span class="bar-label">${month(c.category)}</span>
        <svg class="bar-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect width="${c.suppressed ? 0 : (100 * (c.cases || 0)) / max}" height="10"></rect></svg>
        <span class="bar-value">${c.suppressed ? '<5' : c.cases}</span></div>`)}</div></section></div>
    <aside class="side"><section class="card"><h2>${t('barriers.evidence')}</h2>${b.evidence.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<ul class="items">${b.evidence.map((e) => html`
      <li class="item">${e.pseudonym.slice(0, 10)} · ${e.ageBand} · ${month(e.referredIn)}</li>`)}</ul>`}
      <button type="button" id="draft-signal">${t('barriers.signal')}</button></section></aside></div>`;
  main.querySelector('#draft-signal').addEventListener('click', async () => {
    try { const s = await post(`/api/advisory/barriers/${id}/signals`); window.open(`/api/advisory/signals/${s.signalId}/pdf?lang=${language()}`, '_blank', 'noopener'); }
    catch (e) { if (e.status !== 401) announce(errorText(e)); }
  });
}
