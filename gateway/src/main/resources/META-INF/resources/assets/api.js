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

/**
 * A JSON body unless contentType names another type (then body is sent as the text it is, e.g. a CSV file).
 * With withHeaders the answer is { data, headers }, for the few lists that count their items in a header.
 */
export async function api(path, { method = 'GET', body, accept = 'application/json', contentType, withHeaders = false } = {}) {
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
  const type = response.headers.get('content-type') || '';
  const data = response.status === 204 ? null : await (type.includes('json') ? response.json() : response.text());
  return withHeaders ? { data, headers: response.headers } : data;
}

export const get = (path) => api(path);
export const post = (path, body = {}) => api(path, { method: 'POST', body });
export const put = (path, body) => api(path, { method: 'PUT', body });
export const del = (path) => api(path, { method: 'DELETE' });

/** One page of a list whose body is a plain array and whose size is in X-Total-Count (e.g. a case's timeline). */
export async function getCounted(path) {
  const { data, headers } = await api(path, { withHeaders: true });
  const items = data || [];
  const total = Number(headers.get('X-Total-Count'));
  return { items, total: Number.isFinite(total) && headers.has('X-Total-Count') ? total : items.length };
}

/** Query string of the non-empty values. */
export function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, v); });
  const s = q.toString();
  return s ? `?${s}` : '';
}
