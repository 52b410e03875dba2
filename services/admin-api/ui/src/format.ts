// Display formats for the admin API's JSON conventions: money strings, counts, rates, ms, ISO times.
import type { Limits } from './types'

const DASH = '—'

function compact(n: number, prefix = ''): string {
  const abs = Math.abs(n)
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ]
  for (let i = 0; i < units.length; i++) {
    const [size, suffix] = units[i]
    if (abs >= size) {
      let text = (n / size).toFixed(1)
      // 999,950 rounds to "1000.0K": say 1.0M instead.
      if (Math.abs(Number(text)) >= 1000 && i > 0) text = (n / units[i - 1][0]).toFixed(1) + units[i - 1][1]
      else text += suffix
      return prefix + text.replace(/\.0(?=[A-Z])/, '')
    }
  }
  return prefix + String(n)
}

function toNumber(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null
  const n = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(n) ? n : null
}

/** USD from a decimal string: $0.12, $1.2K, and small amounts with enough digits ($0.000123). */
export function money(value: string | number | null | undefined): string {
  const n = toNumber(value)
  if (n === null) return DASH
  const sign = n < 0 ? '-' : ''
  const abs = Math.abs(n)
  if (abs === 0) return '$0.00'
  if (abs >= 1000) return sign + compact(abs, '$')
  if (abs >= 0.01) return `${sign}$${abs.toFixed(2)}`
  // Three significant digits, never scientific notation.
  const decimals = Math.min(Math.max(2, 2 - Math.floor(Math.log10(abs))), 12)
  const text = abs.toFixed(decimals).replace(/0+$/, '').replace(/\.$/, '')
  return `${sign}$${text === '0' ? abs.toExponential(2) : text}`
}

/** The exact amount, for tooltips. */
export function moneyExact(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return DASH
  return `$${value} USD`
}

/** Tokens and counts: 950, 1.2K, 3.4M. */
export function count(value: number | null | undefined): string {
  const n = toNumber(value)
  if (n === null) return DASH
  return compact(Math.round(n))
}

/** A count with thousands separators, for tooltips. */
export function countExact(value: number | null | undefined): string {
  const n = toNumber(value)
  return n === null ? DASH : n.toLocaleString('en-US')
}

function pctText(p: number): string {
  if (p === 0 || p === 100) return `${p}%`
  if (Math.abs(p) < 0.1) return `${p.toFixed(2)}%`
  return `${p.toFixed(1)}%`
}

/** A *_rate fraction 0–1 as a percentage. */
export function rate(value: number | null | undefined): string {
  const n = toNumber(value)
  return n === null ? DASH : pctText(n * 100)
}

/** A *_pct field, already 0–100. */
export function pct(value: number | null | undefined): string {
  const n = toNumber(value)
  return n === null ? DASH : pctText(n)
}

/** Milliseconds: 240 ms, 1.35 s. */
export function ms(value: number | null | undefined): string {
  const n = toNumber(value)
  if (n === null) return DASH
  if (Math.abs(n) < 1000) return `${Math.round(n)} ms`
  if (Math.abs(n) < 60_000) return `${(n / 1000).toFixed(2)} s`
  return `${(n / 60_000).toFixed(1)} min`
}

const pad = (n: number) => String(n).padStart(2, '0')

/** ISO 8601 → local "2026-11-23 14:02:11". */
export function time(value: string | null | undefined): string {
  if (!value) return DASH
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}

export function date(value: string | null | undefined): string {
  if (!value) return DASH
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

export function titleCase(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s
}

/** ISO 8601 → "just now", "5 min ago", "3 h ago", "2 d ago" (the exact time belongs in a tooltip). */
export function relative(value: string | null | undefined, now: number = Date.now()): string {
  if (!value) return DASH
  const t = Date.parse(value)
  if (Number.isNaN(t)) return value
  const s = Math.max(0, Math.round((now - t) / 1000))
  if (s < 45) return 'just now'
  if (s < 3600) return `${Math.max(1, Math.round(s / 60))} min ago`
  if (s < 86_400) return `${Math.round(s / 3600)} h ago`
  return `${Math.round(s / 86_400)} d ago`
}

/** A span of seconds in words, at most two units: "45 s", "12 min", "2 h 10 min", "3 d 4 h". */
export function span(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  if (s < 60) return `${s} s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m} min`
  const h = Math.floor(m / 60)
  if (h < 24) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`
  const d = Math.floor(h / 24)
  return h % 24 ? `${d} d ${h % 24} h` : `${d} d`
}

/** A future ISO 8601 time from now: "in 2 h 10 min" ("now" once it passed; the exact time belongs in a tooltip). */
export function until(value: string | null | undefined, now: number = Date.now()): string {
  if (!value) return DASH
  const t = Date.parse(value)
  if (Number.isNaN(t)) return value
  return t <= now ? 'now' : `in ${span((t - now) / 1000)}`
}

/** Limits in short, money and rates apart: ["$5.00/day", "$100.00/mo"], ["60 rpm", "4 concurrent"]. */
export function limitParts(l: Limits): { money: string[]; rate: string[] } {
  const money_: string[] = []
  if (l.daily_limit_usd != null) money_.push(`${money(l.daily_limit_usd)}/day`)
  if (l.weekly_limit_usd != null) money_.push(`${money(l.weekly_limit_usd)}/wk`)
  if (l.monthly_limit_usd != null) money_.push(`${money(l.monthly_limit_usd)}/mo`)
  const rate_: string[] = []
  if (l.rpm != null) rate_.push(`${countExact(l.rpm)} rpm`)
  if (l.max_concurrency != null) rate_.push(`${countExact(l.max_concurrency)} concurrent`)
  return { money: money_, rate: rate_ }
}
