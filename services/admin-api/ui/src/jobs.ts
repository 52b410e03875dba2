// Job routes in the account form (docs/operators.md, "Declaring job routes"): the presets the
// gateway knows, and the form state of one route. The presets come from the server
// (GET /api/accounts/job-presets, as it expands them), so the form shows a preset's values before
// it is saved, and tells a customised preset from a plain one, with nothing copied here.
import { reactive, shallowRef } from 'vue'
import { api } from './api'
import type { JobRoute, Sent } from './types'

/** A route's fields but its preset's name, every one present. */
export type RouteFields = Omit<Required<JobRoute>, 'preset'>

/** The presets by name, as the server expands them; empty until loadPresets() answered. */
export const jobPresets = shallowRef<Record<string, RouteFields>>({})
/** The task type each preset is made for. */
export const presetTaskTypes = shallowRef<Record<string, string>>({})
/** Why the presets could not be read (null: read, or not asked yet). */
export const presetsError = shallowRef<string | null>(null)

let loading: Promise<void> | null = null
// Forms made from an account's routes before the presets arrived: whether each is a customised
// preset is only known once they did.
let undecided: RouteForm[] = []

/** Reads the presets once (again after a failure); every caller waits for the same answer. */
export function loadPresets(): Promise<void> {
  loading ??= api('/api/accounts/job-presets')
    .then((answer) => {
      jobPresets.value = Object.fromEntries(Object.entries(answer.presets).map(([name, p]) => [name, fieldsOf(p)]))
      presetTaskTypes.value = answer.task_types
      presetsError.value = null
      for (const r of undecided) decide(r)
      undecided = []
    })
    .catch((e: unknown) => {
      presetsError.value = e instanceof Error ? e.message : String(e)
      loading = null
    })
  return loading
}

const LABELS: Record<string, string> = { kling_lipsync: 'Kling lip-sync', syncso_generate: 'sync.so generate' }
export const presetLabel = (name: string): string => LABELS[name] ?? name

/** A task type's name as it appears in /v1/tasks/{task_type}. */
export const TASK_NAME = /^[A-Za-z0-9_-]{1,64}$/

/** The route fields in the order the form shows them, with their labels and hints. */
export const ROUTE_FIELDS: { name: keyof RouteFields; label: string; hint: string }[] = [
  { name: 'submit_path', label: 'Submit path (POST)', hint: '/v1/videos/lip-sync' },
  { name: 'poll_path', label: 'Poll path (GET), with {id}', hint: '/v1/videos/lip-sync/{id}' },
  { name: 'id_field', label: 'Job id field', hint: 'data.task_id' },
  { name: 'status_field', label: 'Status field', hint: 'data.task_status' },
  { name: 'succeeded', label: 'Statuses: succeeded', hint: 'succeed' },
  { name: 'failed', label: 'Statuses: failed', hint: 'failed' },
  { name: 'units', label: 'A finished job counts', hint: '' },
  { name: 'seconds_field', label: 'Seconds field', hint: 'data.task_result.videos.0.duration' },
  { name: 'auth', label: 'Credential sent as', hint: '' },
  { name: 'model', label: 'Priced as model (when the body names none)', hint: 'kling-lipsync' },
]
export const UNIT_OPTIONS = [
  { label: 'one job', value: 'job' },
  { label: 'its seconds', value: 'seconds' },
]
export const AUTH_OPTIONS = [
  { label: 'Authorization: Bearer', value: 'bearer' },
  { label: 'x-api-key', value: 'x-api-key' },
]

export interface RouteForm extends RouteFields {
  /** Stable across edits of the task type, for v-for. */
  uid: number
  task: string
  /** '' for a custom declaration. */
  preset: string
  /** A preset with fields of its own: the form shows them editable. */
  customize: boolean
}

/** Where the form puts a message about a route's task type (its name may be what is wrong). */
export const taskErrorKey = (r: RouteForm): string => `route.${r.uid}.task`

let next = 0
const blank = (): RouteFields => ({
  submit_path: '',
  poll_path: '',
  id_field: '',
  status_field: '',
  succeeded: [],
  failed: [],
  units: 'job',
  seconds_field: '',
  auth: 'bearer',
  model: '',
})

export function newRoute(task: string): RouteForm {
  return { uid: next++, task, preset: '', customize: false, ...blank() }
}

const same = (a: RouteFields, b: RouteFields): boolean => JSON.stringify(fieldsOf(a)) === JSON.stringify(fieldsOf(b))
function fieldsOf(r: RouteFields): RouteFields {
  const out = blank()
  for (const { name } of ROUTE_FIELDS) Object.assign(out, { [name]: r[name] })
  return out
}

/** Whether a form's route is its preset customised: a preset the server does not name is all fields of its own. */
function decide(r: RouteForm): void {
  const preset = jobPresets.value[r.preset]
  r.customize = !preset || !same(r, preset)
}

/** An account's route as form state: a preset whose fields differ from it shows as customised. */
export function routeForm(task: string, r: Sent<JobRoute>): RouteForm {
  const form = reactive<RouteForm>({ uid: next++, task, preset: r.preset, customize: false, ...fieldsOf(r) })
  if (r.preset && !Object.keys(jobPresets.value).length) undecided.push(form)
  else decide(form)
  return form
}

/** Pick a preset (or '' for custom): a plain preset shows the preset's values; custom keeps what was typed. */
export function choosePreset(r: RouteForm, preset: string): void {
  r.preset = preset
  r.customize = false
  const p = jobPresets.value[preset]
  if (p) Object.assign(r, fieldsOf(p))
}

/** What the API is sent: the whole declaration, a preset's fields included, so that what is saved is what the form showed. */
export function routeBody(r: RouteForm): JobRoute {
  const p = r.preset && !r.customize ? jobPresets.value[r.preset] : undefined
  const f = p ?? r
  const list = (v: string[]) => v.map((s) => s.trim()).filter(Boolean)
  return {
    preset: r.preset,
    submit_path: f.submit_path.trim(),
    poll_path: f.poll_path.trim(),
    id_field: f.id_field.trim(),
    status_field: f.status_field.trim(),
    succeeded: list(f.succeeded),
    failed: list(f.failed),
    units: f.units,
    // A count of jobs reads no seconds: a field left from "seconds" would only confuse the record.
    seconds_field: f.units === 'seconds' ? f.seconds_field.trim() : '',
    auth: f.auth,
    model: f.model.trim(),
  }
}

/** The line a route shows in the accounts table. */
export function routeSummary(r: Sent<JobRoute>): string {
  const preset = jobPresets.value[r.preset]
  // Until the presets are read, a preset is not called customised.
  const customised = Object.keys(jobPresets.value).length > 0 && (!preset || !same(r, preset))
  const how = r.preset ? `${presetLabel(r.preset)}${customised ? ' (customised)' : ''}` : 'custom'
  return `${how}: POST ${r.submit_path}, poll ${r.poll_path}, counts ${r.units === 'seconds' ? 'seconds' : 'jobs'}`
}
