// Builds the admin SPA into the Python package (tallygate_admin/static) so `make run` needs no Node.
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

const adminUrl = process.env.TALLYGATE_ADMIN_URL ?? 'http://127.0.0.1:8081'

export default defineConfig({
  base: '/',
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../src/tallygate_admin/static', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 900,
    sourcemap: false,
  },
  server: {
    // `npm run dev` against a running `tallygate up`: same-origin /api through the proxy.
    proxy: { '/api': { target: adminUrl, changeOrigin: true } },
  },
})
