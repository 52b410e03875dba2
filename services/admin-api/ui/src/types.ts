// The admin API's shapes, as generated from docs/openapi.json into api-schema.d.ts (`npm run gen:api`,
// run by `make ui`). Nothing here is written by hand: every type is a generated schema under the name the
// UI uses. UI-only shapes (form state, chart series) live next to the code that uses them (forms.ts, …).
import type { components } from './api-schema'

type Schemas = components['schemas']

/**
 * What the server sends: every field of a response model, defaults included (the answers are serialized whole).
 * docs/openapi.json marks the fields that have a default as optional, so an answer's type makes them present.
 * (One exception: /api/me leaves out what is unset, its user's key_defaults and limits; the UI reads neither.)
 */
export type Sent<T> = T extends readonly (infer U)[] ? Sent<U>[] : T extends object ? { [K in keyof T]-?: Sent<T[K]> } : T

/** A decimal string in USD. */
export type Money = Schemas['KeySpendNow']['day']

/** Who is logged in, as both the login answer and /api/me tell. */
export type User = Sent<Schemas['UserRef']>
/** The login answer or /api/me's (csrf_token is null there for the admin bearer token). */
export type Session = Sent<Schemas['LoginAnswer']> | Sent<Schemas['MeAnswer']>

export type Totals = Sent<Schemas['Totals']>
export type Overview = Sent<Schemas['Overview']>
export type DailyRow = Sent<Schemas['DailyRow']>
export type ModelRow = Sent<Schemas['ModelRow']>
export type TopUser = Sent<Schemas['TopUser']>
export type SummaryRow = Sent<Schemas['SummaryRow']>
export type RequestRow = Sent<Schemas['RequestRow']>
/** A job's status in the request log: '' for a request that is not a job. */
export type JobStatus = RequestRow['job_status']
/** One key's use over some days (the usage page's key statistics). */
export type KeyStatsRow = Sent<Schemas['KeyStatsRow']>

/** Limits held across everything they cover (one key, or all of a user's keys); null: no limit. */
export type Limits = Sent<Schemas['Limits']>
/** A key's limits: the same, plus which models it may call (empty: every model) and until when. */
export type KeyLimits = Sent<Schemas['KeyLimits']>

export type ApiKey = Sent<Schemas['KeyDetail']>
/** A key as a write answers it (without the live fields). */
export type KeyRecord = Sent<Schemas['KeyPublic']>
export type KeyCreated = Sent<Schemas['KeyCreated']>
export type KeyModelUsage = Sent<Schemas['KeyModelUsage']>

export type Account = Sent<Schemas['AccountDetail']>
/** An account as a write answers it (without health and usage). */
export type AccountRecord = Sent<Schemas['AccountPublic']>
export type AccountHealth = Sent<Schemas['AccountHealth']>
/** The provider's own rate-limit headroom, as its latest answer's headers stated it (docs/operators.md). */
export type Headroom = Sent<Schemas['Headroom']>
/** A request or token limit of the headroom: per period, left, when it is full again. */
export type RateWindow = Sent<Schemas['RateWindow']>
/** A subscription window of the headroom (Anthropic's unified 5 h and 7 d): the share used, 0-1. */
export type UsageWindow = Sent<Schemas['UsageWindow']>
/** Today's jobs of one task type by their status now. */
export type JobCounts = Sent<Schemas['JobCounts']>
export type WindowUsage = Sent<Schemas['WindowUsage']>
export type AccountLoad = Sent<Schemas['AccountLoadRow']>
export type LoadView = Sent<Schemas['AccountLoad']>
export type ImportRow = Sent<Schemas['ImportRow']>
export type ImportResult = Sent<Schemas['ImportSummary']>
/** How an account runs one task type as submit-and-poll jobs (docs/operators.md, "Declaring job routes"). */
export type JobRoute = Schemas['JobRoute']

/** A user as admins manage them; the limits hold across all of the user's keys. */
export type ManagedUser = Sent<Schemas['UserPublic']>

export type Price = Sent<Schemas['PricePublic']>
/** A new price version as the UI sends it (a part not given is 0). */
export type PriceIn = Schemas['PriceIn']
/** A model no price covers: the enabled accounts that serve it, and its unpriced rows of the last 30 days. */
export type UnpricedModel = Sent<Schemas['UnpricedModel']>
export type RepriceResult = Sent<Schemas['RepriceResult']>
/** What the gateway does with a request for a model no price covers. */
export type UnpricedPolicy = Settings['unpriced']

export type AccountDefaults = Sent<Schemas['AccountDefaults']>
/** The settings' defaults the UI fills in for a new key (not a user's key_defaults). */
export type KeyDefaults = Sent<Schemas['KeyDefaults']>
export type Settings = Sent<Schemas['SettingsPublic']>

export type AuditEntry = Sent<Schemas['AuditEntry']>

// What the UI sends, as the document has it (fields with a server default are optional).
export type AccountCreate = Schemas['AccountCreate']
export type KeyCreate = Schemas['KeyCreate']
export type KeyUpdate = Schemas['KeyUpdate']
export type UserCreate = Schemas['UserCreate']
export type UserUpdate = Schemas['UserUpdate']
