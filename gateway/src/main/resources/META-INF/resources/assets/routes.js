// The web client's pages, in one table: the address (a {parameter} stands for one path segment of the pattern
// PARAMETERS gives it), the page that draws it, and the menu entry of each role that has one there. A role's menu
// lists its entries in table order; the first is where the role lands. The gateway reads the addresses from this
// file (WebClientPages): it serves the page shell and asks for a sign-in under every section they name, so a new
// page is one line here. Keep one route a line, its address as path: '...' in single quotes: the gateway reads that.
import * as cases from './pages/cases.js';
import * as casePage from './pages/case.js';
import * as inbox from './pages/inbox.js';
import * as bridge from './pages/bridge.js';
import * as advisory from './pages/advisory.js';
import * as digest from './pages/digest.js';
import * as catalogue from './pages/catalogue.js';
import * as admin from './pages/admin.js';
import * as audit from './pages/audit.js';
import * as workload from './pages/workload.js';
import * as myWork from './pages/mywork.js';
import * as email from './pages/email.js';

const PARAMETERS = { id: '[0-9a-f-]{36}', service: 'cases|network|advisory', deadLetter: '[\\w.-]{1,60}' };

export const ROUTES = [
  { path: '/cases', page: cases.list, menu: { 'case-worker': 'nav.cases' } },
  { path: '/cases/new', page: cases.create, menu: { 'case-worker': 'nav.newCase' } },
  { path: '/cases/{id}', page: casePage.render },
  { path: '/my-work', page: myWork.render, menu: { 'case-worker': 'nav.myWork' } },
  { path: '/inbox', page: inbox.list, menu: { 'bridge-coordinator': 'nav.inbox' } },
  { path: '/inbox/{id}', page: inbox.detail },
  { path: '/bridge/workload', page: workload.render, menu: { 'bridge-coordinator': 'nav.workload' } },
  { path: '/bridge/handovers', page: bridge.handovers, menu: { 'bridge-coordinator': 'nav.handovers' } },
  { path: '/bridge/catalogue', page: bridge.catalogue, menu: { 'bridge-coordinator': 'nav.catalogue' } },
  { path: '/advisory', page: advisory.referrals, menu: { 'advisory-member': 'nav.referrals' } },
  { path: '/advisory/referrals/{id}', page: advisory.referral },
  { path: '/advisory/sessions', page: advisory.sessions, menu: { 'advisory-member': 'nav.sessions' } },
  { path: '/advisory/sessions/{id}', page: advisory.session },
  { path: '/advisory/lessons', page: advisory.lessons, menu: { 'advisory-member': 'nav.lessons' } },
  { path: '/advisory/barriers', page: advisory.barriers, menu: { 'advisory-member': 'nav.barriers' } },
  { path: '/advisory/barriers/{id}', page: advisory.barrier },
  { path: '/advisory/digest', page: digest.render, menu: { 'advisory-member': 'nav.digest' } },
  { path: '/admin/catalogue', page: catalogue.maintain, menu: { 'network-admin': 'nav.catalogue' } },
  { path: '/admin/import', page: catalogue.importPage, menu: { 'network-admin': 'nav.import' } },
  { path: '/admin/regions', page: admin.regions, menu: { 'network-admin': 'nav.regions' } },
  { path: '/admin/dead-letters', page: admin.deadLetters, menu: { 'network-admin': 'nav.deadLetters' } },
  { path: '/admin/dead-letters/{service}/{deadLetter}', page: admin.deadLetter },
  { path: '/admin/erasure', page: admin.erasure, menu: { 'network-admin': 'nav.erasure' } },
  { path: '/audit', page: audit.trail, menu: { auditor: 'nav.audit' } },
  { path: '/settings/email', page: email.render, menu: { 'case-worker': 'nav.email', 'bridge-coordinator': 'nav.email', 'advisory-member': 'nav.email' } },
];

const PATTERNS = ROUTES.map((route) => new RegExp(`^${route.path.replace(/\{(\w+)\}/g,
  (_, name) => `(${PARAMETERS[name]})`)}$`));

/** The menu of a role: [address, label key] pairs in table order. */
export function menuOf(role) {
  return ROUTES.filter((route) => route.menu && route.menu[role]).map((route) => [route.path, route.menu[role]]);
}

/** The route of an address and the values of its parameters, or null where no page is. */
export function pageOf(path) {
  for (let i = 0; i < ROUTES.length; i++) {
    const match = path.match(PATTERNS[i]);
    if (match) return { route: ROUTES[i], parameters: match.slice(1) };
  }
  return null;
}
