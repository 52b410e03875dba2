// A few stroke icons (24×24) for the navigation, drawn inline so the UI loads nothing external.
import { h, type Component } from 'vue'

function icon(paths: string[]): Component {
  return {
    render: () =>
      h(
        'svg',
        { viewBox: '0 0 24 24', width: '1em', height: '1em', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
        paths.map((d) => h('path', { d })),
      ),
  }
}

export const IconOverview = icon(['M4 4h7v7H4z', 'M13 4h7v4h-7z', 'M13 10h7v10h-7z', 'M4 13h7v7H4z'])
export const IconRequests = icon(['M4 6h16', 'M4 12h16', 'M4 18h10'])
export const IconUsage = icon(['M4 20V10', 'M10 20V4', 'M16 20v-7', 'M22 20H2'])
export const IconKeys = icon(['M14.5 9.5a4 4 0 1 1-8 0 4 4 0 0 1 8 0z', 'M13.6 12.3 21 19.7', 'M17 16l2-2', 'M19 18l1.5-1.5'])
export const IconAccounts = icon(['M4 5h16v5H4z', 'M4 14h16v5H4z', 'M8 7.5h.01', 'M8 16.5h.01'])
export const IconLoad = icon(['M4 18a8 8 0 1 1 16 0', 'M12 18l4-6', 'M2 18h20'])
export const IconLock = icon(['M6 11h12v9H6z', 'M8.5 11V8a3.5 3.5 0 0 1 7 0v3', 'M12 15v2'])
export const IconLogout = icon(['M15 4h4v16h-4', 'M10 8l-4 4 4 4', 'M6 12h10'])
export const IconDownload = icon(['M12 4v11', 'M7 10l5 5 5-5', 'M5 20h14'])
export const IconRefresh = icon(['M20 11a8 8 0 1 0-2.3 5.7', 'M20 5v6h-6'])
export const IconUsers = icon(['M16 19v-1.5a3.5 3.5 0 0 0-3.5-3.5h-5A3.5 3.5 0 0 0 4 17.5V19', 'M13.5 7.5a3.5 3.5 0 1 1-7 0 3.5 3.5 0 0 1 7 0z', 'M20 19v-1.5a3.5 3.5 0 0 0-2.5-3.35', 'M15.5 4.2a3.5 3.5 0 0 1 0 6.6'])
export const IconPrices = icon(['M20.6 13.4 13.4 20.6a2 2 0 0 1-2.8 0L3 13V3h10l7.6 7.6a2 2 0 0 1 0 2.8z', 'M7.5 7.5h.01'])
export const IconSettings = icon(['M4 6h9', 'M17 6h3', 'M4 12h3', 'M11 12h9', 'M4 18h11', 'M19 18h1', 'M15 4v4', 'M9 10v4', 'M17 16v4'])
export const IconAudit = icon(['M9 4h6l1 2h3v14H5V6h3z', 'M9 11h6', 'M9 15h4'])
