// Bridge coordinator: the consultation tables of one escalation (issue 18 item 3). Its owner convenes a table and,
// once it has met, records its outcome with decisions, each with an owner and a due date; the case team sees both
// as steps of its escalation.
import { t, label } from '../i18n.js';
import { post } from '../api.js';
import { html, date, dateTime, onSubmit, formError, csv } from '../ui.js';

const OPEN = ['CLAIMED', 'REFERRED', 'ADVISED'];

/** The tables of the escalation; its owner gets the forms while it is open. */
export function consultationsSection(e, mine) {
  const tables = e.consultations || [];
  const acting = mine && OPEN.includes(e.status);
  return html`<section class="card" aria-labelledby="consult-title" id="consultations"><h2 id="consult-title">${t('consult.title')}</h2>
    ${tables.length === 0 ? html`<p class="muted">${t('app.none')}</p>` : html`<ul class="items">${tables.map((c) => html`
      <li class="item consultation" data-consultation="${c.id}"><div class="grow">
        <strong>${dateTime(c.meetsAt)}</strong><p>${c.agenda}</p>
        <p class="muted small">${t('consult.invited', { who: [...(c.members || []), ...(c.organisations || []).map((o) => label('org', o))].join(', ') })}</p>
        ${c.outcome ? outcome(c) : acting ? outcomeForm(c) : html`<p class="muted small">${t('consult.noOutcome')}</p>`}</div></li>`)}</ul>`}
    ${acting ? html`<details><summary>${t('consult.convene')}</summary><form id="convene-form" class="form" novalidate>${formError()}
      <label>${t('consult.meetsAt')}<input type="datetime-local" name="meetsAt" required></label>
      <label>${t('consult.agenda')}<textarea name="agenda" rows="2" required maxlength="4000"></textarea></label>
      <label>${t('consult.members')}<input name="members" maxlength="2000" autocomplete="off"></label>
      <label>${t('consult.organisations')}<input name="organisations" maxlength="2000" autocomplete="off"></label>
      <button type="submit">${t('consult.convene')}</button></form></details>` : ''}</section>`;
}

function outcome(c) {
  return html`<div class="outcome" id="outcome-${c.id}"><h3>${t('consult.outcome')}</h3><p class="entry-text">${c.outcome}</p>
    ${(c.decisions || []).length ? html`<h4>${t('consult.decisions')}</h4><ul class="entry-details">${c.decisions.map((d) => html`
      <li>${d.text} <span class="muted small">· ${d.owner}${d.dueDate ? html` · ${date(d.dueDate)}` : ''}</span></li>`)}</ul>` : ''}</div>`;
}

function outcomeForm(c) {
  return html`<form class="form outcome-form" data-outcome="${c.id}" novalidate>${formError()}
    <label>${t('consult.outcome')}<textarea name="outcome" rows="3" required maxlength="4000"></textarea></label>
    <fieldset><legend>${t('consult.decisions')}</legend><div class="decision-rows">${decisionRow(1)}</div>
      <button type="button" class="button-small button-quiet" data-add-decision>${t('consult.addDecision')}</button></fieldset>
    <button type="submit">${t('consult.recordOutcome')}</button></form>`;
}

/** One decision: what, who owns it, by when. Its own field names: the form's values are read row by row. */
function decisionRow(n) {
  return html`<div class="decision-row" role="group" aria-label="${t('consult.decision')} ${n}">
    <label>${t('consult.decision')} ${n}<input name="decisionText" maxlength="2000" autocomplete="off"></label>
    <div class="row"><label>${t('consult.decisionOwner')}<input name="decisionOwner" maxlength="200" autocomplete="off"></label>
      <label>${t('consult.decisionDue')}<input type="date" name="decisionDue"></label></div>
    <button type="button" class="button-small button-quiet" data-remove-decision>${t('consult.removeDecision')}</button></div>`;
}

/** The decisions filled in, row by row; an empty row is left out. */
function decisions(form) {
  const value = (row, name) => row.querySelector(`[name="${name}"]`).value.trim();
  return [...form.querySelectorAll('.decision-row')]
    .map((row) => ({ text: value(row, 'decisionText'), owner: value(row, 'decisionOwner'), dueDate: value(row, 'decisionDue') || null }))
    .filter((d) => d.text || d.owner || d.dueDate);
}

/** Wires the convene and outcome forms; done() runs after each success (announces and redraws). */
export function wireConsultations(main, base, done) {
  onSubmit(main.querySelector('#convene-form'), async (v) => {
    await post(`${base}/consultations`, { meetsAt: v.meetsAt ? new Date(v.meetsAt).toISOString() : null,
      agenda: v.agenda || '', members: csv(v.members), organisations: csv(v.organisations) });
    await done();
  });
  main.querySelectorAll('form[data-outcome]').forEach((form) => {
    const rows = form.querySelector('.decision-rows');
    form.querySelector('[data-add-decision]').addEventListener('click', () => {
      rows.insertAdjacentHTML('beforeend', String(decisionRow(rows.children.length + 1)));
      rows.lastElementChild.querySelector('input').focus();
    });
    rows.addEventListener('click', (event) => {
      const remove = event.target.closest('[data-remove-decision]');
      if (remove) { remove.closest('.decision-row').remove(); form.querySelector('[data-add-decision]').focus(); }
    });
    onSubmit(form, async (v) => {
      await post(`${base}/consultations/${form.dataset.outcome}/outcome`, { outcome: v.outcome || '', decisions: decisions(form) });
      await done();
    });
  });
}
