// The web client talks to the same REST API as any other client (/api/...); the browser's session cookie stands in
// for the bearer token, and X-Requested-With tells the gateway the request comes from this site's own scripts.
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

const listeners = new Set();
/** Called once the session has ended (any 401), so the app can offer to sign in again. */
export function onSessionEnded(listener) { listeners.add(listener); }

/** A JSON body unless contentType names another type (then body is sent as the text it is, e.g. a CSV file). */
export async function api(path, { method = 'GET', body, accept = 'application/json', contentType } = {}) {
  const headers = { 'X-Requested-With': 'XMLHttpRequest', Accept: accept };
  if (body !== undefined) headers['Content-Type'] = contentType || 'application/json';
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : contentType ? body : JSON.stringify(body),
  });
  if (response.status === 401) {
    listeners.forEach((l) => l());
    throw new ApiError(401, null);
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch (e) { /* not JSON */ }
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return null;
  const type = response.headers.get('content-type') || '';
  return type.includes('json') ? response.json() : response.text();
}

export const get = (path) => api(path);
export const post = (path, body = {}) => api(path, { method: 'POST', body });
export const put = (path, body) => api(path, { method: 'PUT', body });
export const del = (path) => api(path, { method: 'DELETE' });

/** Query string of the non-empty values. */
export function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, v); });
  const s = q.toString();
  return s ? `?${s}` : '';
}
