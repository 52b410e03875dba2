// The providers' own headroom (docs/operators.md, "The providers' own headroom") as the accounts
// table shows it: a bar per limit, the share used filled in. The subscription windows (5 h and 7 d)
// where the provider states them, read as the share used ("40%"), else its requests and tokens, read
// as the share left ("24% left"); red when one is used up, reset times in the tooltips.
import { h } from 'vue'
import { NTag, NTooltip } from 'naive-ui'
import { countExact, relative, time, until } from './format'
import type { Headroom, RateWindow, UsageWindow } from './types'

/** ok; warn: little left; out: used up (the gateway skips the account until the reset); reset: the
 *  reset time passed since the provider said it, so what it said is no longer so. */
export type HeadroomState = 'ok' | 'warn' | 'out' | 'reset'

export interface HeadroomBar {
  /** 5h, 7d, requests, tokens, input_tokens, output_tokens */
  key: string
  label: string
  /** The share used, 0-1. */
  used: number
  text: string
  state: HeadroomState
  resetAt: string | null
  /** The tooltip, a line each. */
  lines: string[]
}

const WARN_USED = 0.8
const clamp = (n: number) => Math.min(1, Math.max(0, n))
/** A share as a whole percentage that never reads 100% before it is all, nor 0% after the first bit. */
function percent(share: number): string {
  const p = share * 100
  if (p <= 0) return '0%'
  if (p >= 100) return '100%'
  return `${Math.min(99, Math.max(1, Math.round(p)))}%`
}
const passed = (at: string | null | undefined, now: number) => !!at && Date.parse(at) <= now

function resetLine(at: string | null | undefined, now: number): string {
  if (!at) return 'No reset time stated'
  if (passed(at, now)) return `Reset ${relative(at, now)} (${time(at)}): this figure is from before it`
  return `Resets ${until(at, now)} (${time(at)})`
}

const WINDOW_NAMES: Record<string, string> = { '5h': '5-hour window', '7d': '7-day window' }

function windowBar(key: '5h' | '7d', w: UsageWindow, now: number): HeadroomBar {
  const reset = passed(w.reset_at, now)
  const out = w.utilization >= 1 || w.status === 'rejected'
  const state: HeadroomState = reset ? 'reset' : out ? 'out' : w.utilization >= WARN_USED || w.status === 'allowed_warning' ? 'warn' : 'ok'
  const lines = [`${WINDOW_NAMES[key]}: ${percent(w.utilization)} used${w.status ? ` (${w.status.replace(/_/g, ' ')})` : ''}`, resetLine(w.reset_at, now)]
  return { key, label: key.replace(/(\d)/, '$1 '), used: clamp(w.utilization), text: reset ? 'reset' : percent(w.utilization), state, resetAt: w.reset_at, lines }
}

const LIMIT_NAMES: Record<string, [string, string]> = {
  requests: ['req', 'Requests'],
  tokens: ['tok', 'Tokens'],
  input_tokens: ['in', 'Input tokens'],
  output_tokens: ['out', 'Output tokens'],
}

function limitBar(key: keyof typeof LIMIT_NAMES, r: RateWindow, now: number): HeadroomBar | null {
  if (r.remaining === null) return null
  const [label, name] = LIMIT_NAMES[key]
  const out = r.remaining <= 0
  // Without a limit only "none left" says anything.
  if (!r.limit && !out) return null
  const left = r.limit ? clamp(r.remaining / r.limit) : 0
  const reset = passed(r.reset_at, now)
  const state: HeadroomState = reset ? 'reset' : out ? 'out' : 1 - left >= WARN_USED ? 'warn' : 'ok'
  const of = r.limit ? ` of ${countExact(r.limit)}` : ''
  const lines = [`${name}: ${countExact(Math.max(0, r.remaining))}${of} left`, resetLine(r.reset_at, now)]
  return { key, label, used: 1 - left, text: reset ? 'reset' : `${percent(left)} left`, state, resetAt: r.reset_at, lines }
}

/** The bars of a headroom: its 5 h and 7 d windows where stated, else requests and tokens (input and output where no total is given). */
export function headroomBars(hr: Headroom, now: number = Date.now()): HeadroomBar[] {
  const windows = (['5h', '7d'] as const).flatMap((k) => {
    const w = k === '5h' ? hr.window_5h : hr.window_7d
    return w ? [windowBar(k, w, now)] : []
  })
  if (windows.length) return windows
  const kinds = hr.tokens ? (['requests', 'tokens'] as const) : (['requests', 'input_tokens', 'output_tokens'] as const)
  return kinds.flatMap((k) => {
    const r = hr[k]
    const bar = r ? limitBar(k, r, now) : null
    return bar ? [bar] : []
  })
}

const RANK: Record<HeadroomState, number> = { reset: 0, ok: 1, warn: 2, out: 3 }
export const worstState = (bars: HeadroomBar[]): HeadroomState => bars.reduce<HeadroomState>((w, b) => (RANK[b.state] > RANK[w] ? b.state : w), 'ok')

/** When an account with a limit used up has headroom again: the latest reset of those used up (null: none is, or no time was stated). */
export function usedUpUntil(bars: HeadroomBar[]): string | null {
  const ends = bars.filter((b) => b.state === 'out').map((b) => b.resetAt)
  if (!ends.length || ends.some((e) => !e)) return null
  return ends.reduce((a, b) => (Date.parse(b!) > Date.parse(a!) ? b : a)) ?? null
}

const OUT_TEXT = 'Used up: the gateway skips this account until the reset.'

/** The bars as table rows (label, bar, share), each with its tooltip. */
export function headroomCell(hr: Headroom, now: number = Date.now()) {
  const bars = headroomBars(hr, now)
  const seen = `As the provider stated it ${relative(hr.seen_at, now)} (${time(hr.seen_at)})`
  // Windows read "40%" (used), limits "24% left": each kind its own width of text.
  const kind = bars.some((b) => b.key === '5h' || b.key === '7d') ? 'hr-windows' : 'hr-limits'
  return h(
    'div',
    { class: `hr-bars ${kind}`, 'data-col': 'headroom', 'data-state': worstState(bars), 'data-seen-at': hr.seen_at },
    bars.map((b) =>
      h(NTooltip, { placement: 'left' }, {
        trigger: () =>
          h('div', { class: `hr-line hr-${b.state}`, 'data-window': b.key, 'data-used': b.used.toFixed(4), 'data-state': b.state, 'data-reset-at': b.resetAt ?? '' }, [
            h('span', { class: 'hr-label' }, b.label),
            h('span', { class: 'hr-track' }, [h('span', { class: 'hr-fill', style: { width: `${(b.used * 100).toFixed(1)}%` } })]),
            h('span', { class: 'hr-text num' }, b.text),
          ]),
        default: () =>
          h('div', { class: 'hr-tip', 'data-testid': 'headroom-tip' }, [
            ...b.lines.map((l) => h('div', l)),
            b.state === 'out' ? h('div', { class: 'hr-tip-out' }, OUT_TEXT) : null,
            hr.status && (b.key === '5h' || b.key === '7d') ? h('div', { class: 'hr-tip-seen' }, `Overall: ${hr.status.replace(/_/g, ' ')}`) : null,
            h('div', { class: 'hr-tip-seen' }, seen),
          ]),
      }),
    ),
  )
}

/** A red tag for an account the provider says has a limit used up (nothing when none is). */
export function usedUpTag(hr: Headroom | null, now: number = Date.now()) {
  if (!hr) return null
  const bars = headroomBars(hr, now)
  if (worstState(bars) !== 'out') return null
  const end = usedUpUntil(bars)
  return h(NTooltip, null, {
    trigger: () => h(NTag, { size: 'small', round: true, bordered: false, type: 'error', 'data-col': 'used-up' }, { default: () => 'limit reached' }),
    default: () => `The provider says a limit is used up: the gateway skips this account until it resets${end ? ` ${until(end, now)} (${time(end)})` : ''}.`,
  })
}
