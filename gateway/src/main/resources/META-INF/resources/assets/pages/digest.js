// Advisory member: the aggregated, k-suppressed statistics of one calendar quarter as charts, with a CSV export.
// Charts are plain SVG bars beside their numbers, so they need no library and read well to a screen reader.
// The trend asks the same endpoint for each of six quarters: quarters never overlap, so six suppressed answers
// reveal nothing one answer would not, and the server needs no second way of counting.
import { t, label } from '../i18n.js';
import { get } from '../api.js';
import { html, raw } from '../ui.js';

/** {@code count} quarters, newest first, from {@code start} (YYYY-Qn; the current quarter by default). */
function quarters(count, start) {
  const now = new Date();
  let [y, q] = start ? start.split('-Q').map(Number) : [now.getFullYear(), Math.floor(now.getMonth() / 3) + 1];
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

const SVG = 'http://www.w3.org/2000/svg';
const TREND_QUARTERS = 6;

function svg(name, attributes, text) {
  const e = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([k, v]) => e.setAttribute(k, String(v)));
  if (text !== undefined) e.textContent = text; // text, never markup: nothing from the server is parsed
  return e;
}

/** Bars of cases opened per quarter; a hidden count is a low hatched bar marked "<k", a failed one "–". */
function trendChart(points, k) {
  const width = 600;
  const height = 160;
  const top = 22;
  const slot = width / points.length;
  const max = Math.max(k, ...points.map((p) => p.cases || 0));
  const label = (p) => (p.failed ? '–' : p.suppressed ? `<${k}` : String(p.cases));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height + top + 24}`, class: 'trend-svg', role: 'img' });
  chart.append(svg('title', {}, points.map((p) => `${p.quarter}: ${label(p)}`).join(', ')));
  points.forEach((p, i) => {
    const barHeight = p.failed ? 0 : p.suppressed ? 6 : (height * p.cases) / max;
    const x = i * slot + slot * 0.2;
    const y = top + height - barHeight;
    chart.append(svg('rect', { x, y, width: slot * 0.6, height: barHeight, class: p.suppressed ? 'hatched' : 'bar' }));
    chart.append(svg('text', { x: x + slot * 0.3, y: y - 6, 'text-anchor': 'middle', class: 'trend-value' }, label(p)));
    chart.append(svg('text', { x: x + slot * 0.3, y: top + height + 18, 'text-anchor': 'middle', class: 'trend-quarter' }, p.quarter));
  });
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.id = 'chart-trend';
  const caption = document.createElement('figcaption');
  caption.textContent = t('digest.trend');
  const note = document.createElement('p');
  note.className = 'muted';
  note.textContent = t('digest.trendNote', { k });
  figure.append(caption, chart, note);
  return figure;
}

async function trendPoint(quarter, known) {
  if (known.quarter === quarter) return { quarter, cases: known.cases, suppressed: known.casesSuppressed };
  try {
    const d = await get(`/api/advisory/digest?quarter=${encodeURIComponent(quarter)}`);
    return { quarter, cases: d.cases, suppressed: d.casesSuppressed };
  } catch (e) {
    return { quarter, failed: true };
  }
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
    <section class="card trend" id="trend"></section>
    <div class="charts">
      <section class="card">${chart('chart-barrier', t('digest.byBarrier'), cells('BARRIER', 'barrier'), d.k, cases)}</section>
      <section class="card">${chart('chart-resolution', t('digest.resolution'), d.resolution.map((r) => ({ label: label('tier', r.tier), value: r.medianDays, suppressed: r.suppressed })), d.k, (v) => (v == null ? '–' : t('digest.days', { d: v })))}</section>
      <section class="card">${chart('chart-transition', t('digest.transitions'), cells('TRANSITION_18', 't18'), d.k, cases)}</section>
      <section class="card">${chart('chart-domain', t('cases.domain'), cells('DOMAIN', 'domain'), d.k, cases)}</section>
      <section class="card">${chart('chart-status', t('cases.status'), cells('STATUS', 'cstatus'), d.k, cases)}</section>
      <section class="card">${chart('chart-age', t('case.ageBand', { band: '' }), breakdown('AGE_BAND').map((c) => ({ label: c.category, value: c.cases, suppressed: c.suppressed })), d.k, cases)}</section>
    </div>`;
  main.querySelector('#quarter').addEventListener('change', (e) => ctx.navigate(`/advisory/digest?quarter=${e.target.value}`, { replace: true }));
  const slot = main.querySelector('#trend'); // this render's own slot, not that of a page rendered meanwhile
  const points = await Promise.all(quarters(TREND_QUARTERS, d.quarter).reverse().map((q) => trendPoint(q, d)));
  if (slot.isConnected) slot.replaceChildren(trendChart(points, d.k));
}
