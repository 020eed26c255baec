// Warns while typing when a text that leaves the team (what was tried, a member's role, a goal title) names the
// youth or their birth date. case-service refuses such text anyway; the warning saves the writer a failed submit.
// Only the youth's own identifiers are looked for, and only when this user may see them (youth is null otherwise).

const LANGUAGES = ['en', 'nl', 'nb', 'da'];

/** Lower case, accents stripped, runs of spaces made one: "Émile  Haddad" and "emile haddad" compare equal. */
export function plain(text) {
  return String(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

/** The birth date as people write it in en/nl/nb/da: numeric with - / . and month names, long and short. */
export function dateForms(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const forms = new Set([`${y}-${mm}-${dd}`]);
  for (const sep of ['-', '/', '.']) {
    for (const [day, month] of [[dd, mm], [String(d), String(m)]]) {
      forms.add(`${day}${sep}${month}${sep}${y}`);
      forms.add(`${month}${sep}${day}${sep}${y}`);
    }
  }
  const at = new Date(Date.UTC(y, m - 1, d));
  for (const lang of LANGUAGES) {
    for (const style of ['long', 'short']) {
      const name = plain(new Intl.DateTimeFormat(lang, { month: style, timeZone: 'UTC' }).format(at)).replace(/\.$/, '');
      forms.add(`${d} ${name} ${y}`);
      forms.add(`${d}. ${name} ${y}`);
      forms.add(`${name} ${d}, ${y}`);
      forms.add(`${name} ${d} ${y}`);
    }
  }
  return [...forms].map(plain);
}

function containsWord(text, word) {
  if (word.length < 2) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}

/** @returns which of the youth's identifiers the text holds: a subset of ['name', 'birthDate'] */
export function mentions(text, youth) {
  if (!youth || !text) return [];
  const t = plain(text);
  const found = [];
  const names = [youth.givenName, youth.familyName].filter(Boolean).flatMap((n) => plain(n).split(/[\s-]+/));
  if (names.some((n) => containsWord(t, n))) found.push('name');
  if (youth.dateOfBirth && dateForms(youth.dateOfBirth).some((f) => t.includes(f))) found.push('birthDate');
  return found;
}

/** Shows the warning under each field while its text names the youth; message() gives the words for a finding. */
export function warnWhileTyping(root, youth, selectors, message) {
  if (!youth) return;
  for (const selector of selectors) {
    const field = root.querySelector(selector);
    if (!field) continue;
    const note = document.createElement('p');
    note.className = 'field-warning';
    note.id = `${field.id || field.name}-identifier-warning`;
    note.setAttribute('aria-live', 'polite');
    note.hidden = true;
    field.insertAdjacentElement('afterend', note);
    field.setAttribute('aria-describedby', note.id);
    field.addEventListener('input', () => {
      const found = mentions(field.value, youth);
      note.hidden = found.length === 0;
      note.textContent = found.length ? message(found) : '';
    });
  }
}
