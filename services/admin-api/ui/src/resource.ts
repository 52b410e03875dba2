// Loading / error / data state for one API read, safe against out-of-order answers.
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { ApiError } from './api'

export interface Resource<T> {
  data: ShallowRef<T | null>
  error: Ref<string | null>
  status: Ref<number | null>
  loading: Ref<boolean>
  /** quiet: keep showing the old data while refreshing (periodic refresh). */
  reload: (quiet?: boolean) => Promise<void>
}

export function useResource<T>(loader: () => Promise<T>): Resource<T> {
  const data = shallowRef<T | null>(null)
  const error = ref<string | null>(null)
  const status = ref<number | null>(null)
  const loading = ref(false)
  let seq = 0
  async function reload(quiet = false): Promise<void> {
    const mine = ++seq
    if (!quiet) loading.value = true
    try {
      const value = await loader()
      if (mine !== seq) return
      data.value = value
      error.value = null
      status.value = null
    } catch (e) {
      if (mine !== seq) return
      error.value = e instanceof Error ? e.message : String(e)
      status.value = e instanceof ApiError ? e.status : null
      if (!quiet) data.value = null
    } finally {
      if (mine === seq) loading.value = false
    }
  }
  return { data, error, status, loading, reload }
}
