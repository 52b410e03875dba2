// The live tail: GET /api/requests/stream (server-sent events, one request row each), newest first.
import { onBeforeUnmount, ref, shallowRef } from 'vue'
import type { RequestRow } from './types'

export type LiveState = 'connecting' | 'live' | 'paused' | 'offline'

/** Of two rows of one request, the one to show: a job's end replaces its pending row (same request id
 *  and ts, docs/api.md "Jobs in the dashboards"); anything else seen already stays as it was. */
function later(seen: RequestRow | undefined, row: RequestRow): RequestRow {
  if (!seen) return row
  return seen.job_status === 'pending' && row.job_status !== 'pending' ? row : seen
}

export function useLiveTail(keep = 50, onRow?: (row: RequestRow) => void) {
  const rows = shallowRef<RequestRow[]>([])
  const state = ref<LiveState>('connecting')
  let source: EventSource | null = null
  let failures = 0

  function seed(initial: RequestRow[]): void {
    const byId = new Map(rows.value.map((r) => [r.request_id, r]))
    for (const r of initial) byId.set(r.request_id, later(byId.get(r.request_id), r))
    rows.value = [...byId.values()].sort((a, b) => (a.ts < b.ts ? 1 : a.ts > b.ts ? -1 : 0)).slice(0, keep)
  }

  function add(row: RequestRow): void {
    const i = rows.value.findIndex((r) => r.request_id === row.request_id)
    if (i < 0) rows.value = [row, ...rows.value].slice(0, keep)
    else if (later(rows.value[i], row) === row) rows.value = rows.value.map((r, j) => (j === i ? row : r))
    else return
    onRow?.(row)
  }

  function start(): void {
    stop()
    state.value = 'connecting'
    const es = new EventSource('/api/requests/stream', { withCredentials: true })
    source = es
    es.onopen = () => {
      failures = 0
      state.value = 'live'
    }
    es.onmessage = (ev: MessageEvent<string>) => {
      try {
        const row = JSON.parse(ev.data) as RequestRow
        if (row && row.request_id) add(row)
      } catch {
        // A keep-alive or a malformed event: ignore it.
      }
    }
    es.onerror = () => {
      // EventSource retries by itself after a dropped connection; an HTTP error closes it.
      failures += 1
      if (es.readyState === EventSource.CLOSED || failures > 5) {
        es.close()
        if (source === es) source = null
        state.value = 'offline'
      } else {
        state.value = 'connecting'
      }
    }
  }

  function stop(): void {
    source?.close()
    source = null
  }

  function pause(): void {
    stop()
    state.value = 'paused'
  }

  onBeforeUnmount(stop)
  return { rows, state, seed, start, pause, stop }
}
