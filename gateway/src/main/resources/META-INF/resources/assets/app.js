// The web client: who is signed in, the header and menu of their role, and a router that draws each page from the
// REST API. Page addresses are real paths (/cases/<id>), so they can be bookmarked, reloaded and shared.
import { t, LANGUAGES, language, setLanguage, applyLanguage, label } from './i18n.js';
import { get, onSessionEnded } from './api.js';
import { html, errorText } from './ui.js';
import { menuOf, pageOf } from './routes.js';

const ctx = { me: null, navigate, refresh: () => route() };
let cleanup = null;

function mainRole(me) {
  return ['case-worker', 'bridge-coordinator', 'advisory-member', 'network-admin', 'auditor'].find((r) => me.roles.includes(r));
}

function header() {
  const me = ctx.me;
  const role = mainRole(me);
  const menu = menuOf(role);
  const here = location.pathname;
  const current = menu.map(([p]) => p).filter((p) => here === p || here.startsWith(`${p}/`)).sort((a, b) => b.length - a.length)[0];
  document.getElementById('header').innerHTML = html`
    <div class="bar">
      <a class="brand" href="/"><span class="logo" aria-hidden="true"></span>${t('app.name')}</a>
      <nav aria-label="${t('app.menu')}"><ul class="menu">${menu.map(([path, key]) => html`
        <li><a href="${path}" ${path === current ? html`aria-current="page"` : ''}>${t(key)}</a></li>`)}</ul></nav>
      <div class="who">
        <span class="who-name" id="who-name">${me.name || me.username}</span>
        <span class="who-meta" id="who-role">${label('role', role)} · ${t('app.region', { region: me.region || '–' })}</span>
      </div>
      <label class="lang"><span class="sr-only">${t('app.language')}</span>
        <select id="language">${Object.entries(LANGUAGES).map(([code, name]) =>
          html`<option value="${code}" ${code === language() ? html`selected` : ''}>${name}</option>`)}</select></label>
      <a class="button button-quiet" id="sign-out" href="/logout">${t('app.signOut')}</a>
    </div>`;
  document.querySelector('.skip').textContent = t('app.skip');
  document.getElementById('language').addEventListener('change', (e) => { setLanguage(e.target.value); route(); });
}

// A replacing move redraws the page in place (a filter changed): by default only a new history entry moves focus.
export function navigate(path, { replace = false, focus = !replace } = {}) {
  if (replace) history.replaceState(null, '', path); else history.pushState(null, '', path);
  route({ focus });
  window.scrollTo(0, 0);
}

/** Draws the page of the address; focus says the user went there in the app, so their focus should follow. */
async function route({ focus = false } = {}) {
  if (cleanup) { try { cleanup(); } catch (e) { /* page already gone */ } cleanup = null; }
  const main = document.getElementById('main');
  document.title = t('app.name');
  const path = location.pathname.replace(/\/+$/, '') || '/';
  if (path === '/signed-out') { signedOut(main); return; }
  if (!ctx.me) return;
  header();
  if (path === '/') {
    const start = (menuOf(mainRole(ctx.me))[0] || ['/cases'])[0];
    navigate(start, { replace: true, focus });
    return;
  }
  const match = pageOf(path);
  if (!match) { main.innerHTML = html`<div class="card"><p>${t('app.notFound')}</p></div>`; arrive(main, focus); return; }
  main.innerHTML = html`<p class="loading">${t('app.loading')}</p>`;
  main.setAttribute('aria-busy', 'true');
  try {
    cleanup = (await match.route.page(main, match.parameters, ctx)) || null;
  } catch (error) {
    if (error.status !== 401) {
      main.innerHTML = html`<div class="card notice notice-bad" role="alert" id="page-error"><p>${errorText(error)}</p></div>`;
    }
  } finally {
    main.removeAttribute('aria-busy');
    arrive(main, focus);
  }
}

/**
 * Titles the drawn page after its heading and, after an in-app move, puts focus there: otherwise keyboard and
 * screen-reader users stay on the link they left, which is gone. The first load keeps the browser's own focus,
 * and refreshes in place (after saving, a language switch) leave focus alone.
 */
function arrive(main, focus) {
  const heading = main.querySelector('h1');
  if (heading) { heading.setAttribute('tabindex', '-1'); document.title = `${heading.textContent} · ${t('app.name')}`; }
  if (!focus || document.getElementById('session-dialog').open) return; // the sign-in dialog keeps focus
  (heading || main).focus(); // a page without a heading (an error) still moves focus to its content
}

function signedOut(main) {
  document.getElementById('header').innerHTML = html`<div class="bar"><span class="brand"><span class="logo" aria-hidden="true"></span>${t('app.name')}</span></div>`;
  main.innerHTML = html`<div class="card narrow"><h1>${t('app.signedOut.title')}</h1><p>${t('app.signedOut.text')}</p>
    <p><a class="button" href="/login">${t('app.signIn')}</a></p></div>`;
}

function sessionEnded() {
  const dialog = document.getElementById('session-dialog');
  if (dialog.open) return;
  const next = encodeURIComponent(location.pathname + location.search);
  dialog.innerHTML = html`<h2 id="session-title">${t('app.session.title')}</h2><p>${t('app.session.text')}</p>
    <p><a class="button" id="sign-in-again" href="/login?next=${next}">${t('app.signIn')}</a></p>`;
  dialog.showModal();
  dialog.querySelector('a').focus();
}

document.addEventListener('click', (event) => {
  const a = event.target.closest('a[href^="/"]');
  if (!a || a.hasAttribute('download') || a.target || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const href = a.getAttribute('href');
  if (href.startsWith('/api/') || href.startsWith('/login') || href.startsWith('/logout')) return;
  event.preventDefault();
  navigate(href);
});
window.addEventListener('popstate', () => route({ focus: true })); // back and forward move like a link
onSessionEnded(sessionEnded);

async function start() {
  applyLanguage(); // detected from the browser unless the user chose one; a detected one is not remembered
  if (location.pathname !== '/signed-out') {
    try {
      ctx.me = await get('/api/me');
    } catch (error) {
      if (error.status !== 401) document.getElementById('main').textContent = errorText(error);
      return;
    }
  }
  route();
}

start();
