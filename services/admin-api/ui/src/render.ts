// Small render helpers for table cells.
import { h } from 'vue'
import { NTag, NTooltip } from 'naive-ui'

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
