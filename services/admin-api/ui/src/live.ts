// The live tail: GET /api/requests/stream (server-sent events, one request row each), newest first.
import { onBeforeUnmount, ref, shallowRef } from 'vue'
import type { RequestRow } from './types'

export type LiveState = 'connecting' | 'live' | 'paused' | 'offline'

export function useLiveTail(keep = 50, onRow?: (row: RequestRow) => void) {
  const rows = shallowRef<RequestRow[]>([])
  const state = ref<LiveState>('connecting')
  let source: EventSource | null = null
  let failures = 0

  function seed(initial: RequestRow[]): void {
    const seen = new Set(rows.value.map((r) => r.request_id))
    rows.value = [...rows.value, ...initial.filter((r) => !seen.has(r.request_id))]
      .sort((a, b) => (a.ts < b.ts ? 1 : a.ts > b.ts ? -1 : 0))
      .slice(0, keep)
  }

  function add(row: RequestRow): void {
    if (rows.value.some((r) => r.request_id === row.request_id)) return
    rows.value = [row, ...rows.value].slice(0, keep)
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
