// Small render helpers for table cells.
import { h } from 'vue'
import { NTag, NTooltip } from 'naive-ui'
import type { JobStatus } from './types'

export function statusTag(code: number, errorType: string | null) {
  const type = code >= 200 && code < 300 ? 'success' : code >= 400 && code < 500 ? 'warning' : 'error'
  const tag = h(NTag, { size: 'small', type, bordered: false, round: true, class: 'num' }, { default: () => String(code) })
  if (!errorType) return tag
  return h(NTooltip, null, { trigger: () => tag, default: () => errorType })
}

export function enabledTag(enabled: boolean, labels: [string, string] = ['Enabled', 'Disabled']) {
  return h(NTag, { size: 'small', round: true, bordered: false, type: enabled ? 'success' : 'default' }, { default: () => (enabled ? labels[0] : labels[1]) })
}

export const sub = (text: string) => h('span', { class: 'cell-sub' }, text)

// A job's status (docs/api.md, "Jobs in the dashboards"): a pending one is still running, in the
// colour of work in progress; it has no cost until it ends.
const JOB_TAG = { pending: 'info', succeeded: 'success', failed: 'error' } as const

/** A job's status as a tag, its id in the tooltip; nothing for a request that is not a job. */
export function jobStatusTag(status: JobStatus, jobId: string) {
  if (!status) return null
  const tag = h(NTag, { size: 'small', round: true, bordered: false, type: JOB_TAG[status], 'data-col': 'job-status', 'data-status': status }, { default: () => status })
  const why = status === 'pending' ? 'still running: no units and no cost until it ends' : status
  return h(NTooltip, null, { trigger: () => tag, default: () => `Job ${jobId || '(no id)'}: ${why}` })
}

/** A request's task type as a tag; nothing for chat, what most requests are. */
export function taskTag(task: string) {
  if (!task || task === 'chat') return null
  return h(NTag, { size: 'small', bordered: false, 'data-col': 'task-type', 'data-task-type': task }, { default: () => task })
}
