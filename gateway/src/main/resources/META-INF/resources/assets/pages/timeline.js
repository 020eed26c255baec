// The case timeline and the escalation's ladder in the user's language (issue 18): the server stores each line as a
// kind plus params, and the text is drawn here from i18n's timeline.<KIND> (timeline.step.<STEP>[.<TIER>] for a step
// above the team) with the params as its {placeholders}. A line whose key or params the client lacks (a line written
// before params existed, a step it does not know yet) shows the server's English summary instead.
import { t, label, filled } from '../i18n.js';
import { html, date, dateTime, pill } from '../ui.js';

// params that name a vocabulary value are shown by its label; free text (a note, a role) as it is
const VALUE_GROUPS = { barrier: 'barrier', urgency: 'urgency', organisation: 'org', alert: 'alert', domain: 'domain', goal: 'domain',
  purpose: 'purpose', givenBy: 'giver', scope: 'scope', tier: 'tier' };
const KIND_GROUPS = { CASE_CLOSED: { outcome: 'closeout' }, ESCALATION_RESOLVED: { outcome: 'outcome' },
  HANDOVER_REQUESTED: { reason: 'reason' }, HANDOVER_ACCEPTED: { reason: 'reason' },
  HANDOVER_DECLINED: { reason: 'reason' }, HANDOVER_WITHDRAWN: { reason: 'reason' } };
const DATES = { dueDate: date, meetsAt: dateTime };
// params the server writes as English words of its own, per kind: drawn here from the codes within them
const PHRASES = {
  // the changed fields, comma-joined ("date of birth,intensity")
  CASE_UPDATED: { fields: (v) => String(v).split(',').map((f) => label('casefield', f.trim().replace(/ /g, '_'))).join(', ') },
  // "on request: YOUTH_REQUEST", or "retention period PT720H after closing"
  PERSONAL_DATA_ERASED: { reason: (v) => {
    const request = /^on request: (\w+)$/.exec(v);
    if (request) return label('erasure', request[1]);
    return String(v).startsWith('retention period') ? t('erasure.RETENTION') : v;
  } },
};
// what a step adds below its line (unless its line names it): free text and invitees whenever the step carries them,
// the owner only on the steps that change hands (every step carries the owner after it: it would repeat on each line)
const DETAILS = ['owner', 'invitees', 'reason', 'note', 'outcome', 'decision'];
const OWNERSHIP = ['CLAIMED', 'REASSIGNED', 'OWNER_SET', 'CLIMBED'];
const TIER_TONE = { TEAM: 'muted', BRIDGE: 'info', ADVISORY: 'info', DONE: 'ok' };

function shown(kind, params) {
  const groups = KIND_GROUPS[kind] || {};
  const out = {};
  Object.entries(params || {}).forEach(([name, value]) => {
    const group = groups[name] || VALUE_GROUPS[name];
    const phrase = (PHRASES[kind] || {})[name];
    out[name] = phrase ? phrase(value) : DATES[name] ? DATES[name](value) : group ? label(group, value)
      : name === 'invitees' ? String(value).split(',').join(', ') : value; // the server joins them with a bare comma
  });
  return out;
}

/** A step's line (null when the client has no text for it) and its details, from its tier, step name and params. */
export function stepLines(tier, step, params = {}) {
  const values = shown('ESCALATION_STEP', params);
  const key = [`timeline.step.${step}.${tier}`, `timeline.step.${step}`].find((k) => filled(k, values) !== null);
  if (!key) return { text: null, details: [] };
  const inLine = [...t(key).matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const details = DETAILS.filter((name) => values[name] && !inLine.includes(name) && (name !== 'owner' || OWNERSHIP.includes(step)))
    .map((name) => t(`detail.${name}`, { [name]: values[name] }));
  return { text: filled(key, values), details };
}

/** The text of a timeline entry and, for a step above the team, its details; the summary where the client has none. */
export function entryLines(entry) {
  const params = entry.params || {};
  if (entry.kind === 'ESCALATION_STEP') {
    const lines = stepLines(params.tier, params.step, params);
    return lines.text === null ? { text: entry.summary, details: [] } : lines;
  }
  return { text: filled(`timeline.${entry.kind}`, shown(entry.kind, params)) ?? entry.summary, details: [] };
}

const details = (lines) => (lines.length ? html`<ul class="entry-details">${lines.map((l) => html`<li>${l}</li>`)}</ul>` : '');

/** A timeline entry's text and details as HTML (escaped). */
export function entryBody(entry) {
  const lines = entryLines(entry);
  return html`<p class="entry-text">${lines.text}</p>${details(lines.details)}`;
}

/** The pill of a timeline entry: a step above the team names its tier. */
export function entryLabel(entry) {
  return entry.kind === 'ESCALATION_STEP' && entry.params && entry.params.tier
    ? label('tier', entry.params.tier) : label('tl', entry.kind);
}

/**
 * Where an escalation stands above the team, as case-service keeps it from the bridge's and the advisory group's
 * steps: the tier it is with, the bridge's status, owners and due dates, and every step oldest first. Only the open
 * escalation's ladder carries the id (a case shows past ones too).
 */
export function ladderView(ladder, { open = true } = {}) {
  if (!ladder) return '';
  const nobody = html`<span class="muted">${t('ladder.nobody')}</span>`;
  const advisory = ladder.tier === 'ADVISORY' || ladder.advisoryOwner || ladder.advisoryDueDate;
  return html`<div class="ladder" ${open ? html`id="ladder"` : ''} data-tier="${ladder.tier}">
    <h3>${t('ladder.title')}</h3>
    <dl class="ladder-facts">
      <div><dt>${t('ladder.tier')}</dt><dd data-fact="tier">${pill(label('tier', ladder.tier), TIER_TONE[ladder.tier] || 'muted')}</dd></div>
      ${ladder.bridgeStatus ? html`<div><dt>${t('ladder.bridgeStatus')}</dt><dd data-fact="status">${label('esc', ladder.bridgeStatus)}</dd></div>` : ''}
      <div><dt>${t('ladder.owner')}</dt><dd data-fact="owner">${ladder.owner || nobody}</dd></div>
      <div><dt>${t('ladder.dueDate')}</dt><dd data-fact="due">${ladder.dueDate ? date(ladder.dueDate) : '–'}</dd></div>
      ${advisory ? html`<div><dt>${t('ladder.advisoryOwner')}</dt><dd data-fact="advisory-owner">${ladder.advisoryOwner || nobody}</dd></div>
      <div><dt>${t('ladder.advisoryDueDate')}</dt><dd data-fact="advisory-due">${ladder.advisoryDueDate ? date(ladder.advisoryDueDate) : '–'}</dd></div>` : ''}
    </dl>
    <h4>${t('ladder.steps')}</h4>
    ${(ladder.steps || []).length === 0 ? html`<p class="muted small">${t('ladder.noSteps')}</p>` : html`<ol class="steps ladder-steps">
      ${ladder.steps.map((s) => {
        const lines = stepLines(s.tier, s.step, s.params || {});
        return html`<li data-step="${s.step}" data-tier="${s.tier}"><strong>${lines.text ?? t('timeline.ESCALATION_STEP', { step: label('step', s.step) })}</strong>
          <span class="muted small">${dateTime(s.at)} · ${label('tier', s.tier)} · ${s.actor}</span>${details(lines.details)}</li>`;
      })}</ol>`}
  </div>`;
}
