// Who is logged in. The CSRF token lives only in memory (api.ts); a reload asks /api/me again.
import { reactive } from 'vue'
import { ApiError, fetchMe, setCsrfToken, type Session } from './api'
import type { User } from './types'

export const session = reactive<{ user: User | null; checked: boolean }>({ user: null, checked: false })

export function applySession(s: Session): void {
  session.user = s.user
  session.checked = true
  setCsrfToken(s.csrf_token)
}

export function clearSession(): void {
  session.user = null
  session.checked = true
  setCsrfToken(null)
}

/** Resolves to true when a session cookie is valid. Errors other than 401 propagate. */
export async function ensureSession(): Promise<boolean> {
  if (session.user) return true
  try {
    applySession(await fetchMe())
    return true
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      clearSession()
      return false
    }
    throw e
  }
}

export const isAdmin = (): boolean => session.user?.role === 'admin'
