// Models without a price (docs/operators.md, "Models without a price"): what the Prices page lists
// and the Accounts page marks. GET /api/prices/unpriced lists a model only while no price covers it;
// one priced from the list is kept here (for this session of the console) so that its rows can then
// be repriced at the new price, and so is the answer of that reprice.
import { reactive } from 'vue'
import type { RepriceResult, UnpricedModel } from './types'

export interface PricedNow {
  /** The model as the list showed it before it was priced. */
  entry: UnpricedModel
  /** The price version it was given. */
  version: string
  /** What the reprice answered, once it ran. */
  result: RepriceResult | null
}

/** Models priced from the list in this session, by name. */
export const pricedNow = reactive(new Map<string, PricedNow>())

/** The account names that serve an unpriced model, each with those models. */
export function unpricedByAccount(items: UnpricedModel[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const u of items) for (const name of u.accounts) out.set(name, [...(out.get(name) ?? []), u.model])
  return out
}

/** "Reprice 3 rows" (the count is the last 30 days'; older unpriced rows are repriced too). */
export const repriceLabel = (rows: number): string => (rows > 0 ? `Reprice ${rows.toLocaleString('en-US')} row${rows === 1 ? '' : 's'}` : 'Reprice rows')
