// Network admin: maintains the catalogue (organisations; offers added, edited, retired) and imports offers from CSV,
// following the import until it is done and showing each row's result.
import { t, label } from '../i18n.js';
import { api, get, post, put, del, query } from '../api.js';
import { html, raw, options, onSubmit, formError, announce, csv, errorText, confirmAction, pager } from '../ui.js';
import { DOMAINS } from './cases.js';

const PAGE_SIZE = 20;
const COLUMNS = ['organisation', 'title', 'domain', 'region', 'minAge', 'maxAge', 'languages', 'capacity', 'contact'];

export async function maintain(main, params, ctx) {
  const filter = Object.fromEntries(new URLSearchParams(location.search));
  const page = Number(filter.page || 0);
  const [offers, organisations] = await Promise.all([
    get(`/api/network/offers${query({ ...filter, size: PAGE_SIZE })}`), get('/api/network/organisations')]);
  main.innerHTML = html`
    <div class="page-head"><h1>${t('admin.catalogue')}</h1><div class="actions">
      <a class="button button-quiet" href="/admin/import">${t('nav.import')}</a>
      <a class="button button-quiet" href="/api/network/offers/export" download="offers.csv">${t('catalogue.export')}</a></div></div>
    <form class="filters card" id="offer-filter" role="search">
      <label class="grow">${t('app.search')}<input type="search" name="q" value="${filter.q || ''}"></label>
      <label>${t('cases.domain')}<select name="domain">${options('domain', DOMAINS, filter.domain, { blank: t('app.all') })}</select></label>
      <button type="submit">${t('app.search')}</button>
    </form>
    <div class="layout"><div class="stack">
      <section class="card" aria-labelledby="offers-title"><h2 id="offers-title">${t('admin.offers', { n: offers.total })}</h2>
        ${offers.items.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<div class="table-wrap"><table class="table" id="offer-list">
        <thead><tr><th scope="col">${t('catalogue.offer')}</th><th scope="col">${t('cases.domain')}</th><th scope="col">${t('admin.region')}</th>
          <th scope="col">${t('catalogue.age')}</th><th scope="col">${t('catalogue.capacity')}</th><th scope="col"><span class="sr-only">${t('admin.actions')}</span></th></tr></thead>
        <tbody>${offers.items.map((o) => html`<tr data-offer="${o.id}"><td><strong>${o.title}</strong><div class="muted small">${o.organisation} · ${o.contact}</div></td>
          <td>${label('domain', o.domain)}</td><td>${o.region}</td><td class="nowrap">${o.minAge}–${o.maxAge}</td><td>${o.capacity}</td>
          <td><div class="actions"><button type="button" class="button-small button-quiet" data-edit="${o.id}" aria-label="${t('admin.edit')}: ${o.title}">${t('admin.edit')}</button>
            <button type="button" class="button-small button-danger" data-retire="${o.id}" aria-label="${t('admin.retire')}: ${o.title}">${t('admin.retire')}</button></div></td></tr>`)}</tbody></table></div>`}
        ${pager('/admin/catalogue', filter, page, PAGE_SIZE, offers.total)}
      </section>
      <section class="card" aria-labelledby="orgs-title"><h2 id="orgs-title">${t('catalogue.organisations')}</h2>
        ${organisations.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<ul class="items" id="organisation-list">${organisations.map((o) => html`
          <li class="item"><div><strong>${o.name}</strong><div class="muted small">${t('app.region', { region: o.region })} · ${o.contact}</div></div></li>`)}</ul>`}
        <details id="new-organisation" ${organisations.length === 0 ? raw('open') : ''}><summary>${t('admin.newOrganisation')}</summary><form id="organisation-form" class="form" novalidate>${formError()}
          <label>${t('admin.name')}<input name="name" required maxlength="200"></label>
          <div class="row"><label>${t('admin.region')}<input name="region" required maxlength="50" value="${ctx.me.region || ''}"></label>
            <label>${t('catalogue.contact')}<input name="contact" required maxlength="320"></label></div>
          <button type="submit" id="add-organisation">${t('admin.addOrganisation')}</button></form></details>
      </section>
    </div><aside class="side">${offerForm(organisations, ctx.me.region)}</aside></div>`;
  const form = main.querySelector('#offer-filter');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.navigate(`/admin/catalogue${query(Object.fromEntries(new FormData(form)))}`, { replace: true });
  });
  onSubmit(main.querySelector('#organisation-form'), async (v) => {
    await post('/api/network/organisations', { name: v.name || '', region: v.region || '', contact: v.contact || '' });
    announce(t('app.saved'));
    await ctx.refresh();
  });
  wireOfferForm(main, offers.items, ctx);
}

function offerForm(organisations, region) {
  return html`<section class="card" aria-labelledby="offer-form-title"><h2 id="offer-form-title">${t('admin.newOffer')}</h2>
    <form id="offer-form" class="form" novalidate>${formError()}<input type="hidden" name="id">
      <label>${t('case.organisation')}<select name="organisation" required>${organisations.map((o) => html`<option value="${o.name}">${o.name}</option>`)}</select></label>
      <label>${t('catalogue.offer')}<input name="title" required maxlength="200"></label>
      <div class="row"><label>${t('cases.domain')}<select name="domain">${options('domain', DOMAINS)}</select></label>
        <label>${t('admin.region')}<input name="region" required maxlength="50" value="${region || ''}"></label></div>
      <div class="row"><label>${t('admin.minAge')}<input type="number" name="minAge" min="0" max="30" required></label>
        <label>${t('admin.maxAge')}<input type="number" name="maxAge" min="0" max="30" required></label></div>
      <label>${t('admin.languages')}<input name="languages" required placeholder="nl, en"></label>
      <div class="row"><label>${t('catalogue.capacity')}<input type="number" name="capacity" min="0" required></label>
        <label>${t('catalogue.contact')}<input name="contact" required maxlength="320"></label></div>
      <div class="actions"><button type="submit" id="save-offer">${t('admin.addOffer')}</button>
        <button type="button" class="button-quiet" id="cancel-edit" hidden>${t('app.cancel')}</button></div></form></section>`;
}

function wireOfferForm(main, offers, ctx) {
  const form = main.querySelector('#offer-form');
  const title = main.querySelector('#offer-form-title');
  const cancel = main.querySelector('#cancel-edit');
  const editing = (offer) => {
    title.textContent = offer ? t('admin.editOffer', { title: offer.title }) : t('admin.newOffer');
    form.querySelector('#save-offer').textContent = offer ? t('app.save') : t('admin.addOffer');
    cancel.hidden = !offer;
  };
  main.querySelectorAll('[data-edit]').forEach((button) => button.addEventListener('click', () => {
    const offer = offers.find((o) => o.id === button.dataset.edit);
    Object.entries({ ...offer, languages: offer.languages.join(', ') }).forEach(([name, value]) => {
      if (form.elements[name]) form.elements[name].value = value;
    });
    editing(offer);
    form.elements.title.focus();
  }));
  cancel.addEventListener('click', () => { form.reset(); form.elements.id.value = ''; editing(null); });
  onSubmit(form, async (v) => {
    const body = { organisation: v.organisation || '', title: v.title || '', domain: v.domain, region: v.region || '',
      minAge: number(v.minAge), maxAge: number(v.maxAge), languages: csv(v.languages), capacity: number(v.capacity), contact: v.contact || '' };
    if (v.id) await put(`/api/network/offers/${v.id}`, body); else await post('/api/network/offers', body);
    announce(t('app.saved'));
    await ctx.refresh();
  });
  main.querySelectorAll('[data-retire]').forEach((button) => button.addEventListener('click', async () => {
    const offer = offers.find((o) => o.id === button.dataset.retire);
    if (!await confirmAction(t('admin.retireConfirm', { title: offer.title }), t('admin.retire'))) return;
    try {
      await del(`/api/network/offers/${offer.id}`);
      announce(t('admin.retired', { title: offer.title }));
      await ctx.refresh();
    } catch (error) { if (error.status !== 401) announce(errorText(error)); }
  }));
}

const number = (v) => (v === undefined || v === '' || Number.isNaN(Number(v)) ? null : Number(v));

export async function importPage(main) {
  main.innerHTML = html`
    <div class="page-head"><div><p class="crumbs"><a href="/admin/catalogue">${t('admin.catalogue')}</a></p><h1>${t('import.title')}</h1>
      <p class="muted">${t('import.help')}</p></div></div>
    <div class="layout"><section class="card" aria-labelledby="import-form-title"><h2 id="import-form-title">${t('import.file')}</h2>
      <form id="import-form" class="form" novalidate>${formError()}
        <label>${t('import.choose')}<input type="file" id="import-file" accept=".csv,text/csv"></label>
        <label>${t('import.text')}<textarea id="import-csv" name="csv" rows="8" spellcheck="false" class="mono">${COLUMNS.join(',')}\n</textarea></label>
        <button type="submit" id="start-import">${t('import.start')}</button></form></section>
      <aside class="side"><section class="card" aria-labelledby="import-columns-title"><h2 id="import-columns-title">${t('import.columns')}</h2>
        <p class="mono small">${COLUMNS.join(', ')}</p><p class="muted small">${t('import.columnsHelp')}</p></section></aside></div>
    <section class="card spaced" id="import-result" aria-labelledby="import-result-title" hidden><h2 id="import-result-title">${t('import.result')}</h2>
      <div id="import-status" role="status"></div><div id="import-rows"></div></section>`;
  const form = main.querySelector('#import-form');
  main.querySelector('#import-file').addEventListener('change', async (e) => {
    if (e.target.files[0]) form.elements.csv.value = await e.target.files[0].text();
  });
  let stopped = false;
  onSubmit(form, async (v) => {
    const text = form.elements.csv.value;
    let state = await api('/api/network/offers/import', { method: 'POST', body: text, contentType: 'text/csv' });
    showImport(main, state, text);
    while (!stopped && (state.status === 'VALIDATING' || state.status === 'STORING')) {
      await new Promise((r) => setTimeout(r, 700));
      state = await get(`/api/network/offers/imports/${state.id}`);
      showImport(main, state, text);
    }
  });
  return () => { stopped = true; };
}

const IMPORT_TONE = { DONE: 'ok', FAILED: 'bad', VALIDATING: 'info', STORING: 'info' };

function showImport(main, state, text) {
  const box = main.querySelector('#import-result');
  box.hidden = false;
  box.dataset.status = state.status;
  main.querySelector('#import-status').innerHTML = html`<p><span class="pill pill-${IMPORT_TONE[state.status]}">${label('import', state.status)}</span>
    ${t('import.progress', { processed: state.processed, total: state.total })}</p>${state.reason ? html`<p>${state.reason}</p>` : ''}`;
  if (state.status !== 'DONE' && state.status !== 'FAILED') { main.querySelector('#import-rows').innerHTML = ''; return; }
  // the file's rows beside what the import said of each: all are stored, or none (then each row's errors)
  const errors = new Map();
  const general = [];
  for (const e of state.errors || []) {
    const m = /^row (\d+)(?:: (.*))?$/.exec(e.field);
    if (m) errors.set(+m[1], [...(errors.get(+m[1]) || []), `${m[2] ? `${m[2]}: ` : ''}${e.message}`]);
    else general.push(`${e.field}: ${e.message}`);
  }
  const rows = parseCsv(text);
  main.querySelector('#import-rows').innerHTML = html`${general.map((g) => html`<p class="notice notice-bad">${g}</p>`)}
    <div class="table-wrap"><table class="table" id="import-table"><thead><tr><th scope="col">${t('import.row')}</th>
      <th scope="col">${t('case.organisation')}</th><th scope="col">${t('catalogue.offer')}</th><th scope="col">${t('import.rowResult')}</th></tr></thead>
    <tbody>${rows.map((r, i) => { const mine = errors.get(i + 1); return html`<tr data-row="${i + 1}"><td>${i + 1}</td><td>${r.organisation || ''}</td><td>${r.title || ''}</td>
      <td>${mine ? html`<ul class="row-errors">${mine.map((m) => html`<li>${m}</li>`)}</ul>`
        : state.status === 'DONE' ? html`<span class="pill pill-ok">${t('import.stored')}</span>` : html`<span class="muted">${t('import.notStored')}</span>`}</td></tr>`; })}</tbody></table></div>`;
  announce(label('import', state.status));
}

/** The rows of a CSV text as objects by header name; quotes as in RFC 4180, enough to show what was sent. */
function parseCsv(text) {
  const records = [];
  let record = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(cell); cell = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      record.push(cell); records.push(record); record = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || record.length) { record.push(cell); records.push(record); }
  const [header = [], ...rows] = records.filter((r) => r.some((v) => v.trim() !== ''));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] || '').trim()])));
}
