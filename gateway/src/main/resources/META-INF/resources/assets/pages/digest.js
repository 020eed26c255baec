// Advisory member: the aggregated, k-suppressed statistics of one calendar quarter as charts, with a CSV export.
// Charts are plain SVG bars beside their numbers, so they need no library and read well to a screen reader.
import { t, label } from '../i18n.js';
import { get } from '../api.js';
import { html, raw } from '../ui.js';

function quarters(count) {
  const now = new Date();
  let y = now.getFullYear();
  let q = Math.floor(now.getMonth() / 3) + 1;
  const out = [];
  for (let i = 0; i < count; i++) {
    out.push(`${y}-Q${q}`);
    q -= 1;
    if (q === 0) { q = 4; y -= 1; }
  }
  return out;
}

function chart(id, title, rows, k, unit) {
  const max = Math.max(1, ...rows.map((r) => r.value || 0));
  return html`<figure class="chart" id="${id}"><figcaption>${title}</figcaption><div class="bars">${rows.map((r) => html`
    <div class="bar-row ${r.suppressed ? 'suppressed' : ''}"><span class="bar-label">${r.label}</span>
      <svg class="bar-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
        ${r.suppressed ? raw('<rect class="hatched" width="100" height="10"></rect>') : html`<rect width="${(100 * (r.value || 0)) / max}" height="10"></rect>`}</svg>
      <span class="bar-value">${r.suppressed ? t('digest.suppressed', { k }) : unit(r.value)}</span></div>`)}</div></figure>`;
}

export async function render(main, params, ctx) {
  const choices = quarters(8);
  const quarter = new URLSearchParams(location.search).get('quarter') || choices[0];
  const d = await get(`/api/advisory/digest?quarter=${encodeURIComponent(quarter)}`);
  const breakdown = (name) => (d.breakdowns.find((b) => b.dimension === name) || { cells: [] }).cells;
  const cells = (name, group) => breakdown(name).map((c) => ({ label: label(group, c.category), value: c.cases, suppressed: c.suppressed }));
  const cases = (n) => t('digest.casesN', { n });
  main.innerHTML = html`
    <div class="page-head"><div><h1>${t('digest.title')}</h1><p class="muted">${t('digest.k', { k: d.k })}</p></div>
      <div class="actions"><form id="quarter-form"><label>${t('digest.quarter')}<select name="quarter" id="quarter">${choices.map((q) =>
        html`<option ${q === quarter ? raw('selected') : ''}>${q}</option>`)}</select></label></form>
        <a class="button" id="digest-csv" href="/api/advisory/digest/export.csv?quarter=${quarter}" download>${t('digest.csv')}</a></div></div>
    <div class="kpis"><div class="kpi card"><span class="kpi-value" id="kpi-cases">${d.casesSuppressed ? `<${d.k}` : d.cases}</span><span class="kpi-label">${t('digest.cases')} · ${d.quarter}</span></div>
      ${d.resolution.map((r) => html`<div class="kpi card"><span class="kpi-value">${r.suppressed || r.medianDays == null ? '–' : t('digest.days', { d: r.medianDays })}</span>
        <span class="kpi-label">${label('tier', r.tier)}</span></div>`)}</div>
    <div class="charts">
      <section class="card">${chart('chart-barrier', t('digest.byBarrier'), cells('BARRIER', 'barrier'), d.k, cases)}</section>
      <section class="card">${chart('chart-resolution', t('digest.resolution'), d.resolution.map((r) => ({ label: label('tier', r.tier), value: r.medianDays, suppressed: r.suppressed })), d.k, (v) => (v == null ? '–' : t('digest.days', { d: v })))}</section>
      <section class="card">${chart('chart-transition', t('digest.transitions'), cells('TRANSITION_18', 't18'), d.k, cases)}</section>
      <section class="card">${chart('chart-domain', t('cases.domain'), cells('DOMAIN', 'domain'), d.k, cases)}</section>
      <section class="card">${chart('chart-status', t('cases.status'), cells('STATUS', 'cstatus'), d.k, cases)}</section>
      <section class="card">${chart('chart-age', t('case.ageBand', { band: '' }), breakdown('AGE_BAND').map((c) => ({ label: c.category, value: c.cases, suppressed: c.suppressed })), d.k, cases)}</section>
    </div>`;
  main.querySelector('#quarter').addEventListener('change', (e) => ctx.navigate(`/advisory/digest?quarter=${e.target.value}`, { replace: true }));
}
