// Shapes of the admin API's answers (docs/api.md, docs/openapi.json). Money is a decimal string in USD.
export type Money = string

export interface User {
  id: string
  username: string
  role: 'admin' | 'user' | string
}

export interface Totals {
  requests: number
  errors: number
  success_rate: number
  fallbacks: number
  unique_users: number
  input_tokens: number
  output_tokens: number
  cache_read_tokens: number
  cache_write_tokens: number
  cache_hit_rate: number
  cost_usd: Money
  billed_cost_usd: Money
  avg_latency_ms: number
}

export interface Overview {
  today: Totals
  total: Totals
  accounts: { total: number; enabled: number; healthy: number }
  keys: { total: number; active: number }
  remaining_quota: Record<string, number>
}

export interface DailyRow {
  date: string
  requests: number
  input_tokens: number
  output_tokens: number
  cache_read_tokens: number
  cache_write_tokens: number
  cost_usd: Money
  billed_cost_usd: Money
  errors: number
}

export interface ModelRow {
  model: string
  requests: number
  input_tokens: number
  output_tokens: number
  cache_read_tokens: number
  cache_write_tokens: number
  cost_usd: Money
  avg_latency_ms: number
  success_rate: number
}

export interface TopUser {
  user_id: string
  key_id: string
  name: string
  requests: number
  input_tokens: number
  output_tokens: number
  cost_usd: Money
  billed_cost_usd: Money
}

export interface SummaryRow {
  account_id: string
  account_name: string
  user_id: string
  key_id: string
  key_name: string
  requests: number
  input_tokens: number
  output_tokens: number
  cache_read_tokens: number
  cache_write_tokens: number
  total_tokens: number
  cost_usd: Money
  avg_latency_ms: number
}

export interface RequestRow {
  request_id: string
  ts: string
  key_name: string
  account_name: string
  api_key_id: string
  user_id: string
  account_id: string
  provider: string
  endpoint: string
  model: string
  upstream_model: string
  stream: boolean
  status_code: number
  error_type: string | null
  input_tokens: number
  output_tokens: number
  cache_read_tokens: number
  cache_write_tokens: number
  reasoning_tokens: number
  cost_usd: Money
  billed_cost_usd: Money
  duration_ms: number
  ttft_ms: number | null
  attempts: number
}

/** Limits held across everything they cover (one key, or all of a user's keys); null: no limit. */
export interface Limits {
  max_concurrency: number | null
  rpm: number | null
  daily_limit_usd: Money | null
  weekly_limit_usd: Money | null
  monthly_limit_usd: Money | null
}

/** A key's limits: the same, plus which models it may call (empty: every model) and until when. */
export interface KeyLimits extends Limits {
  models: string[]
  expires_at: string | null
}

export interface ApiKey {
  id: string
  name: string
  prefix: string
  user_id: string | null
  models: string[] | null
  max_concurrency: number | null
  rpm: number | null
  daily_limit_usd: Money | null
  weekly_limit_usd: Money | null
  monthly_limit_usd: Money | null
  expires_at: string | null
  rate_multiplier: number | string | null
  enabled: boolean
  created_at: string
  revision: number
  /** What an admin set: the key's owner may lower these, never raise or remove them. */
  admin_limits: KeyLimits
  /** An admin turned the key off: only an admin turns it on again. */
  disabled_by_admin: boolean
  /** Live: requests in flight now, over all gateways. */
  concurrency_now: number
  today: { requests: number; tokens: number }
  /** Live spend today / this week / this month (decimal strings). */
  spend: { day: Money; week: Money; month: Money }
}

export interface KeyModelUsage {
  model: string
  requests: number
  input_tokens: number
  output_tokens: number
  cost_usd: Money
}

export interface Account {
  id: string
  name: string
  provider: string
  base_url: string
  models: string[]
  model_map: Record<string, string>
  priority: number
  weight: number
  max_concurrency: number | null
  daily_limits: Record<string, number>
  enabled: boolean
  created_at: string
  api_key_set: boolean
  revision: number
  health: AccountHealth
  /** Live: requests in flight now, over all gateways. */
  in_flight: number
  last_used_at: string | null
  today: AccountToday
  window_5h: WindowUsage
  window_7d: WindowUsage
}

export interface AccountHealth {
  state: 'healthy' | 'cooling_down' | 'half_open'
  reason: string
  cool_down_left_s: number
  consecutive_failures: number
}

export interface AccountToday {
  requests: number
  succeeded: number
  failed: number
  pending: number
  tokens: number
  cost_usd: Money
  /** Successful requests today per task type (what daily_limits count). */
  tasks: Record<string, number>
}

export interface WindowUsage {
  requests: number
  tokens: number
  cost_usd: Money
}

export interface TaskLoad {
  used: number
  limit: number
  load_pct: number
}

export interface AccountLoad {
  account_id: string
  name: string
  enabled: boolean
  load_pct: number
  tasks: Record<string, TaskLoad>
  today_requests: number
  total_requests: number
}

export interface LoadView {
  summary: {
    total_accounts: number
    active_accounts: number
    overloaded: number
    idle: number
    avg_load_pct: number
    remaining_capacity: number
  }
  accounts: AccountLoad[]
}

export interface Page<T> {
  items: T[]
  next_cursor?: string | null
}

export interface KeyCreated extends ApiKey {
  /** The secret: in this answer only. */
  key: string
}

/** A user as admins manage them; the limits hold across all of the user's keys. */
export interface ManagedUser extends Limits {
  id: string
  username: string
  role: 'admin' | 'user'
  rate_multiplier: Money
  enabled: boolean
  created_at: string
  /** What a key the user creates starts from, and the most the user may allow on it. */
  key_defaults: KeyLimits
  revision: number
}

export interface Price {
  model: string
  input: Money
  output: Money
  cache_read: Money
  cache_write: Money
  per_unit: Money
  version: string
  effective_from: string
  source: 'default' | 'custom'
  revision: number | null
}

export interface AccountDefaults {
  provider: string
  priority: number
  weight: number
  max_concurrency: number
  daily_limits: Record<string, number>
}

/** The settings' defaults the UI fills in for a new key (not a user's key_defaults). */
export interface KeyDefaults {
  rpm: number | null
  max_concurrency: number | null
  daily_limit_usd: Money | null
  monthly_limit_usd: Money | null
}

export interface Settings {
  timezone: string
  max_body_bytes: number
  account_defaults: AccountDefaults
  key_defaults: KeyDefaults
  revision: number
  effective_timezone: string
}

export interface AuditEntry {
  id: string
  ts: string
  actor: string
  actor_id: string
  action: string
  entity: string
  entity_id: string
  before: unknown
  after: unknown
  client_ip: string
}

export interface ImportRow {
  line: number
  status: 'created' | 'skipped' | 'error'
  detail: string
}

export interface ImportResult {
  total_rows: number
  success: number
  skipped: number
  errors: number
  accounts_total: number
  rows: ImportRow[]
}
