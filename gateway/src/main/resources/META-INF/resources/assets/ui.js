// Small helpers shared by the pages: escaped HTML templates, formatting, forms and their errors.
import { t, label, language } from './i18n.js';

class Raw { constructor(s) { this.s = s; } toString() { return this.s; } }
export const raw = (s) => new Raw(s);

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

function fmt(v) {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Raw) return v.s;
  if (Array.isArray(v)) return v.map(fmt).join('');
  return esc(String(v));
}

/** Tagged template: every interpolated value is escaped unless it is itself html`` (or raw()). */
export function html(strings, ...values) {
  let out = '';
  strings.forEach((s, i) => { out += s; if (i < values.length) out += fmt(values[i]); });
  return new Raw(out);
}

export function date(value) {
  if (!value) return '';
  const d = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  return new Intl.DateTimeFormat(language(), { dateStyle: 'medium' }).format(d);
}

export function dateTime(value) {
  if (!value) return '';
  return new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

export function month(value) {
  if (!value) return '';
  const [y, m] = value.split('-');
  return new Intl.DateTimeFormat(language(), { month: 'long', year: 'numeric' }).format(new Date(+y, +m - 1, 1));
}

/** A coloured status pill; tone picks the colour (ok, warn, bad, info, muted). */
export function pill(text, tone = 'muted') { return html`<span class="pill pill-${tone}">${text}</span>`; }

export function options(group, values, selected, { blank } = {}) {
  return html`${blank !== undefined ? html`<option value="">${blank}</option>` : ''}${values.map((v) =>
    html`<option value="${v}" ${v === selected ? raw('selected') : ''}>${label(group, v)}</option>`)}`;
}

export function checkboxes(name, group, values, checked = []) {
  return html`${values.map((v) => html`<label class="check"><input type="checkbox" name="${name}" value="${v}"
    ${checked.includes(v) ? raw('checked') : ''}> ${label(group, v)}</label>`)}`;
}

/** The form's fields as an object; checkbox groups become arrays, empty text fields are left out. */
export function formValues(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.type === 'radio') {
      if (el.checked) out[el.name] = el.value;
    } else if (el.type === 'checkbox') {
      out[el.name] = out[el.name] || [];
      if (el.checked) out[el.name].push(el.value);
    } else if (el.value.trim() !== '') {
      out[el.name] = el.value.trim();
    }
  }
  return out;
}

/** Shows an API refusal in the form: its detail on top, each named field marked and described. */
export function showErrors(form, error) {
  clearErrors(form);
  const box = form.querySelector('.form-error');
  const problem = error.problem || {};
  const lines = (problem.errors || []).map((e) => `${e.field}: ${e.message}`);
  for (const e of problem.errors || []) {
    const name = String(e.field).split('.').pop();
    const field = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (field) field.setAttribute('aria-invalid', 'true');
  }
  if (box) {
    box.textContent = lines.length ? lines.join('; ') : (problem.detail || error.message);
    box.hidden = false;
    box.focus();
  }
}

export function clearErrors(form) {
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  const box = form.querySelector('.form-error');
  if (box) { box.hidden = true; box.textContent = ''; }
}

/** Wires a form: submit runs action(values); errors are shown in it; the button is busy meanwhile. */
export function onSubmit(form, action) {
  if (!form) return;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('[type=submit]');
    if (button) button.disabled = true;
    clearErrors(form);
    try {
      await action(formValues(form), form);
    } catch (error) {
      if (error.status !== 401) showErrors(form, error);
    } finally {
      if (button) button.disabled = false;
    }
  });
}

export const formError = () => html`<p class="form-error" role="alert" tabindex="-1" hidden></p>`;

/** A message for the screen reader and the eye, e.g. after saving. */
export function announce(text) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50);
}

export function errorText(error) {
  if (error.status === 404) return t('app.notFound');
  if (error.status === 403) return t('app.forbidden');
  if (error.status === 429) return t('app.tooMany');
  return t('app.error', { detail: (error.problem && error.problem.detail) || error.message });
}

export const csv = (text) => (text ? text.split(',').map((s) => s.trim()).filter(Boolean) : []);

/** "Page 2 of 7" with links to the neighbours; nothing when everything fits on one page. */
export function pager(path, filter, page, size, total) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return '';
  const link = (p) => `${path}?${new URLSearchParams({ ...filter, page: p })}`;
  return html`<nav class="pager" aria-label="${t('app.page', { page: page + 1, pages })}">
    ${page > 0 ? html`<a href="${link(page - 1)}" rel="prev">${t('app.prev')}</a>` : ''}
    <span>${t('app.page', { page: page + 1, pages })}</span>
    ${page + 1 < pages ? html`<a href="${link(page + 1)}" rel="next">${t('app.next')}</a>` : ''}</nav>`;
}

/**
 * Asks before a step that cannot be undone (a replay, an erasure) in a modal dialog, which keeps the keyboard in
 * it; resolves true only when the user confirms. Escape and Cancel answer false.
 */
export function confirmAction(text, confirmLabel) {
  return new Promise((resolve) => {
    const dialog = document.createElement('dialog');
    dialog.id = 'confirm-dialog';
    dialog.setAttribute('aria-labelledby', 'confirm-text');
    dialog.innerHTML = html`<p id="confirm-text">${text}</p><div class="actions">
      <button type="button" id="confirm-yes">${confirmLabel}</button>
      <button type="button" class="button-quiet" id="confirm-no">${t('app.cancel')}</button></div>`;
    document.body.append(dialog);
    const answer = (yes) => { dialog.close(); dialog.remove(); resolve(yes); };
    dialog.querySelector('#confirm-yes').addEventListener('click', () => answer(true));
    dialog.querySelector('#confirm-no').addEventListener('click', () => answer(false));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); answer(false); });
    dialog.showModal();
    dialog.querySelector('#confirm-no').focus();
  });
}
