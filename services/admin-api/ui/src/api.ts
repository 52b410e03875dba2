// The admin API client: same-origin fetch with the session cookie, the CSRF token kept in memory
// (re-read from /api/me after a reload) and sent on every write, and 401 → the login page.
// Calls are typed by path from the generated api-schema.d.ts (docs/openapi.json): api('/api/keys/{key_id}',
// { method: 'PATCH', path: { key_id }, body }) checks the path, its parameters and body, and types the answer.
import type { paths } from './api-schema'
import type { Sent, Session } from './types'

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfter: string | null = null,
    /** The answer's `detail` as sent (a 422's list of {loc, msg}). */
    readonly detail: unknown = null,
    /** The answer's machine-readable `code` (docs/api.md), e.g. "stale_revision". */
    readonly code: string | null = null,
  ) {
    super(message)
  }

  /** A 409 to an If-Match write: someone changed the record since it was read (not "name_taken"). */
  get stale(): boolean {
    return this.status === 409 && this.code === 'stale_revision'
  }

  /** A 422's messages by field: both the dotted path ("account_defaults.weight") and the last part ("weight"). */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {}
    if (this.status !== 422 || !Array.isArray(this.detail)) return out
    for (const e of this.detail) {
      if (!e || typeof e !== 'object' || !('loc' in e) || !Array.isArray(e.loc)) continue
      const loc = (e.loc as unknown[]).filter((p) => p !== 'body').map(String)
      const msg = String((e as { msg?: unknown }).msg ?? 'Invalid value').replace(/^Value error, /, '')
      if (!loc.length) continue
      const path = loc.join('.')
      out[path] ??= msg
      out[loc[loc.length - 1]] ??= msg
      out[loc[0]] ??= msg
    }
    return out
  }
}

let csrfToken: string | null = null
let onUnauthorized: () => void = () => {}

export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler
}

type Query = Record<string, string | number | boolean | null | undefined>

export function withQuery(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v))
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

function detailOf(body: unknown, fallback: string): string {
  if (body && typeof body === 'object' && 'detail' in body) {
    const d = (body as { detail: unknown }).detail
    if (typeof d === 'string') return d
    if (Array.isArray(d)) {
      return d
        .map((e) => {
          if (!e || typeof e !== 'object' || !('msg' in e)) return String(e)
          const loc = Array.isArray((e as { loc?: unknown }).loc) ? ((e as { loc: unknown[] }).loc.filter((p) => p !== 'body').join('.')) : ''
          const msg = String(e.msg).replace(/^Value error, /, '')
          return loc ? `${loc}: ${msg}` : msg
        })
        .join('; ')
    }
    return JSON.stringify(d)
  }
  return fallback
}

interface RequestOptions {
  method?: Verb
  query?: Query
  body?: unknown
  /** Do not redirect to the login page on 401 (the login and session probes handle it). */
  quiet401?: boolean
  signal?: AbortSignal
  /** The record's revision, sent as If-Match so a stale edit answers 409. */
  ifMatch?: number | null
  /** A multipart body (file upload); sent as it is. */
  form?: FormData
}

async function request(path: string, opts: RequestOptions = {}): Promise<unknown> {
  const method = opts.method ?? 'GET'
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json'
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken
  if (opts.ifMatch !== undefined && opts.ifMatch !== null) headers['If-Match'] = String(opts.ifMatch)
  let res: Response
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      body: opts.form ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
      credentials: 'same-origin',
      signal: opts.signal,
    })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError(0, 'The admin API cannot be reached')
  }
  const text = await res.text()
  let body: unknown = null
  if (text) {
    try {
      body = JSON.parse(text)
    } catch {
      body = null
    }
  }
  if (!res.ok) {
    if (res.status === 401 && !opts.quiet401) onUnauthorized()
    const fallback = res.status === 404 ? 'Not available on this server yet (404)' : `${res.status} ${res.statusText}`
    const detail = body && typeof body === 'object' && 'detail' in body ? (body as { detail: unknown }).detail : null
    const code = body && typeof body === 'object' && 'code' in body ? String((body as { code: unknown }).code) : null
    throw new ApiError(res.status, detailOf(body, fallback), res.headers.get('Retry-After'), detail, code)
  }
  return body
}

// Types of a call, read from the generated `paths`.
type Verb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
type ApiPath = keyof paths
/** The operation at a path for a verb (never when the path has no such operation). */
type Op<P extends ApiPath, V extends Verb> = NonNullable<paths[P][Lowercase<V>]>
/** The verbs a path answers. */
type VerbOf<P extends ApiPath> = { [V in Verb]: [Op<P, V>] extends [never] ? never : V }[Verb]
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : null
/** What a call answers on success: its 200's or 201's JSON body (as sent: every field present), null for a 204. */
export type Answer<P extends ApiPath, V extends Verb = 'GET'> =
  Op<P, V> extends { responses: infer R }
    ? 200 extends keyof R
      ? Sent<Json<R[200]>>
      : 201 extends keyof R
        ? Sent<Json<R[201]>>
        : null
    : never
type Params<O, K extends string> = O extends { parameters: { [k in K]: infer X } } ? X : O extends { parameters: { [k in K]?: infer X } } ? X : never
type BodyOf<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never
type PathParams<O> = [Params<O, 'path'>] extends [never] ? { path?: never } : undefined extends Params<O, 'path'> ? { path?: never } : { path: Params<O, 'path'> }

type CallOptions<P extends ApiPath, V extends Verb> = {
  method?: V
  query?: Params<Op<P, V>, 'query'>
  body?: BodyOf<Op<P, V>>
  /** Do not redirect to the login page on 401 (the login and session probes handle it). */
  quiet401?: boolean
  signal?: AbortSignal
  /** The record's revision, sent as If-Match so a stale edit answers 409. */
  ifMatch?: number | null
  /** A multipart body (file upload); sent as it is. */
  form?: FormData
} & PathParams<Op<P, V>>

type Rest<P extends ApiPath, V extends Verb> = PathParams<Op<P, V>> extends { path: unknown } ? [opts: CallOptions<P, V>] : [opts?: CallOptions<P, V>]

/** One call to the admin API, typed by path and verb from docs/openapi.json; throws ApiError on an error answer. */
export async function api<P extends ApiPath, V extends VerbOf<P> = 'GET' & VerbOf<P>>(path: P, ...[opts]: Rest<P, V>): Promise<Answer<P, V>> {
  const o = (opts ?? {}) as RequestOptions & { path?: Record<string, string> }
  const url = (path as string).replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = o.path?.[name]
    if (v === undefined) throw new Error(`${path}: no value for {${name}}`)
    return encodeURIComponent(v)
  })
  return (await request(url, o)) as Answer<P, V>
}

export type { Session } from './types'

export function fetchMe(): Promise<Session> {
  return api('/api/me', { quiet401: true })
}

export function login(username: string, password: string): Promise<Session> {
  return api('/api/auth/login', { method: 'POST', body: { username, password }, quiet401: true })
}

export function logout(): Promise<null> {
  return api('/api/auth/logout', { method: 'POST', quiet401: true })
}

export function exportUrl(kind: 'requests' | 'daily' | 'models' | 'summary', format: 'csv' | 'json', query: Query = {}): string {
  return withQuery('/api/export', { kind, format, ...query })
}
