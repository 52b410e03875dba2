import { createRouter, createWebHistory } from 'vue-router'
import { setUnauthorizedHandler } from './api'
import { clearSession, ensureSession, isAdmin, session } from './session'

export const router = createRouter({
  history: createWebHistory('/'),
  routes: [
    { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { public: true, title: 'Sign in' } },
    { path: '/', name: 'overview', component: () => import('./views/OverviewView.vue'), meta: { title: 'Overview' } },
    { path: '/requests', name: 'requests', component: () => import('./views/RequestsView.vue'), meta: { title: 'Requests' } },
    { path: '/usage', name: 'usage', component: () => import('./views/UsageView.vue'), meta: { title: 'Usage summary' } },
    { path: '/keys', name: 'keys', component: () => import('./views/KeysView.vue'), meta: { title: 'API keys' } },
    { path: '/accounts', name: 'accounts', component: () => import('./views/AccountsView.vue'), meta: { title: 'Accounts', admin: true } },
    { path: '/load', name: 'load', component: () => import('./views/LoadView.vue'), meta: { title: 'Account load', admin: true } },
    { path: '/users', name: 'users', component: () => import('./views/UsersView.vue'), meta: { title: 'Users', admin: true } },
    { path: '/prices', name: 'prices', component: () => import('./views/PricesView.vue'), meta: { title: 'Prices' } },
    { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue'), meta: { title: 'Settings', admin: true } },
    { path: '/audit', name: 'audit', component: () => import('./views/AuditView.vue'), meta: { title: 'Audit log', admin: true } },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue'), meta: { title: 'Not found' } },
  ],
})

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  try {
    if (await ensureSession()) {
      // Admin-only pages are not offered to a `user`: a typed-in link lands on the overview.
      if (to.meta.admin && !isAdmin()) return { name: 'overview' }
      return true
    }
  } catch {
    // /api/me failed for another reason than 401 (server down, not deployed): sign in again.
  }
  return { name: 'login', query: to.fullPath !== '/' ? { next: to.fullPath } : {} }
})

router.afterEach((to) => {
  document.title = `${String(to.meta.title ?? 'Admin')} · Tallygate`
})

setUnauthorizedHandler(() => {
  const wasIn = session.user !== null
  clearSession()
  const current = router.currentRoute.value
  if (current.name !== 'login') {
    void router.push({ name: 'login', query: { next: current.fullPath, ...(wasIn ? { expired: '1' } : {}) } })
  }
})
