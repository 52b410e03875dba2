// Form state shared by the management dialogs: field errors (ours and the API's 422s) shown next
// to their field, a form-level error, the 409 "changed meanwhile" answer, and saving flags.
import { reactive, ref, watch } from 'vue'
import { useDialog, useMessage } from 'naive-ui'
import { ApiError } from './api'
import type { AccountCreate } from './types'

interface FailOptions {
  fields?: string[]
  nested?: string[]
  onReload?: () => void
}

/** A 422's items under one of `prefixes` as [full dotted path, message], and the other items as sent.
 *  A nested field's last part ("lipsync", "model") may be the name of another field of the form, so
 *  these are placed by their whole path alone. */
function nestedErrors(e: ApiError, prefixes: string[]): [[string, string][], unknown[]] {
  const inside: [string, string][] = []
  const rest: unknown[] = []
  for (const item of Array.isArray(e.detail) ? (e.detail as unknown[]) : []) {
    const loc = item && typeof item === 'object' && 'loc' in item && Array.isArray(item.loc) ? (item.loc as unknown[]).filter((p) => p !== 'body').map(String) : []
    const path = loc.join('.')
    if (path && prefixes.some((p) => path === p || path.startsWith(`${p}.`))) {
      const msg = String((item as { msg?: unknown }).msg ?? '').replace(/^Value error, /, '') || 'Invalid value'
      inside.push([path, msg[0].toUpperCase() + msg.slice(1)])
    } else {
      rest.push(item)
    }
  }
  return [inside, rest]
}

export const CHECK_TEXT = 'Check the highlighted fields.'
export const STALE_TEXT = 'Someone changed this meanwhile. Reload to get the current version, then make your edit again.'

export function useForm() {
  const message = useMessage()
  const dialog = useDialog()
  const errors = reactive<Record<string, string>>({})
  const formError = ref<string | null>(null)
  const saving = ref(false)

  function clear(): void {
    for (const k of Object.keys(errors)) delete errors[k]
    formError.value = null
  }

  /** NFormItem props for one field: red outline and the message under it; else the hint, if any
   *  (grey, or amber with `warn`: a hint only, the server decides). */
  function field(name: string, hint?: string | null, warn = false): { validationStatus?: 'error' | 'warning'; feedback?: string; 'data-field': string } {
    const msg = errors[name]
    if (msg) return { validationStatus: 'error', feedback: msg, 'data-field': name }
    if (hint) return { validationStatus: warn ? 'warning' : undefined, feedback: hint, 'data-field': name }
    return { 'data-field': name }
  }

  function setError(name: string, msg: string): void {
    errors[name] = msg
  }

  const hasErrors = () => Object.keys(errors).length > 0

  /** Show an API failure: 422 next to its fields, 409 as "reload", anything else above the form.
   *  `nested`: records of the body whose 422s go to their full path (job_routes.lipsync.poll_path). */
  function fail(e: unknown, opts: FailOptions = {}): void {
    if (e instanceof ApiError && e.stale) {
      formError.value = STALE_TEXT
      dialog.warning({
        title: 'Changed meanwhile',
        content: STALE_TEXT,
        positiveText: opts.onReload ? 'Reload' : 'OK',
        negativeText: opts.onReload ? 'Cancel' : undefined,
        onPositiveClick: () => opts.onReload?.(),
      })
      return
    }
    if (e instanceof ApiError && e.status === 403) {
      // A refusal naming a field ("monthly_limit_usd: an admin set it to 50; …"): the whole text
      // above the form, and the field outlined with the reason.
      const m = /^([a-z_]+): (.+)$/s.exec(e.message)
      if (m && (opts.fields ?? []).includes(m[1])) errors[m[1]] = m[2][0].toUpperCase() + m[2].slice(1)
      formError.value = e.message
      return
    }
    if (e instanceof ApiError && e.status === 422) {
      const [inside, rest] = nestedErrors(e, opts.nested ?? [])
      let placed = false
      for (const [path, msg] of inside) {
        errors[path] ??= msg
        placed = true
      }
      const fe = new ApiError(e.status, e.message, e.retryAfter, rest, e.code).fieldErrors
      const known = opts.fields ?? []
      for (const [k, v] of Object.entries(fe)) {
        if (known.includes(k)) {
          errors[k] ??= v
          placed = true
        }
      }
      if (placed) {
        formError.value = CHECK_TEXT
        return
      }
    }
    formError.value = e instanceof Error ? e.message : String(e)
  }

  /** Run a save: flags, clearing, errors; resolves to the answer or null when it failed. */
  async function run<T>(action: () => Promise<T>, opts: FailOptions & { success?: string } = {}): Promise<T | null> {
    formError.value = null
    for (const k of Object.keys(errors)) delete errors[k]
    saving.value = true
    try {
      const out = await action()
      if (opts.success) message.success(opts.success)
      return out
    } catch (e) {
      fail(e, opts)
      return null
    } finally {
      saving.value = false
    }
  }

  /** Editing a field clears its message (and the banner once nothing is left to fix). */
  function clearOnEdit(form: object, alias: Record<string, string[]> = {}): void {
    const source = form as Record<string, unknown>
    for (const k of Object.keys(source)) {
      watch(
        () => JSON.stringify(source[k]),
        () => {
          for (const name of [k, ...(alias[k] ?? [])]) delete errors[name]
          if (!hasErrors() && formError.value === CHECK_TEXT) formError.value = null
        },
      )
    }
  }

  return { errors, formError, saving, clear, field, setError, hasErrors, fail, run, clearOnEdit }
}

// ---- value helpers -------------------------------------------------------------------------

export const DECIMAL = /^\d+(\.\d+)?$/

/** A blank or a non-negative decimal string; returns an error message or null. */
export function checkDecimal(value: string | null | undefined, required = false): string | null {
  const v = (value ?? '').trim()
  if (!v) return required ? 'Required' : null
  return DECIMAL.test(v) ? null : 'Enter an amount like 5 or 0.25'
}

/** '' → null, '5.50' → '5.50' (money stays a string on the wire). */
export const blankToNull = (value: string | null | undefined): string | null => {
  const v = (value ?? '').trim()
  return v ? v : null
}

/** The record's number, or null; for NInputNumber. */
export const numOrNull = (value: number | string | null | undefined): number | null =>
  value === null || value === undefined || value === '' ? null : Number(value)

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // No clipboard permission (or not a secure context): select-and-copy fallback.
    const ta = document.createElement('textarea')
    ta.value = text
    ta.style.position = 'fixed'
    ta.style.opacity = '0'
    document.body.appendChild(ta)
    ta.select()
    let ok = false
    try {
      ok = document.execCommand('copy')
    } catch {
      ok = false
    }
    ta.remove()
    return ok
  }
}

/** The providers an account may have (docs/openapi.json's AccountCreate.provider). */
export type Provider = AccountCreate['provider']
export const PROVIDERS: { label: string; value: Provider }[] = [
  { label: 'OpenAI', value: 'openai' },
  { label: 'Anthropic', value: 'anthropic' },
  { label: 'Gemini', value: 'gemini' },
  { label: 'OpenAI-compatible', value: 'openai_compatible' },
]
/** A provider the API knows, or undefined (the settings' account_defaults.provider is a plain string). */
export const asProvider = (v: string | null | undefined): Provider | undefined => PROVIDERS.find((p) => p.value === v)?.value
export const providerLabel: Record<string, string> = Object.fromEntries(PROVIDERS.map((p) => [p.value, p.label]))
export const TASKS = ['image', 'video', 'lipsync'] as const

/** A confirmation before a destructive action; the toast on success, the error on failure. */
export function useConfirm() {
  const dialog = useDialog()
  const message = useMessage()
  return (opts: { title: string; content: string; positiveText?: string; action: () => Promise<unknown>; success: string; after?: () => void }) => {
    const d = dialog.warning({
      title: opts.title,
      content: opts.content,
      positiveText: opts.positiveText ?? 'Delete',
      negativeText: 'Cancel',
      positiveButtonProps: { type: 'error', ...({ 'data-testid': 'confirm-ok' } as object) },
      onPositiveClick: async () => {
        d.loading = true
        try {
          await opts.action()
          message.success(opts.success)
        } catch (e) {
          message.error(e instanceof ApiError && e.stale ? STALE_TEXT : e instanceof Error ? e.message : String(e))
        } finally {
          d.loading = false
          opts.after?.()
        }
        return true
      },
    })
  }
}
