/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

// `API_PROXY_TARGET=https://<api hub> npm run dev` makes `/api/*` a same-origin path to the
// tenant, for APIs that send no CORS headers. The same proxy serves `vite preview`.
function apiProxy(target: string | undefined): Record<string, ProxyOptions> | undefined {
  if (!target) return undefined;
  return {
    '/api': {
      target,
      changeOrigin: true,
      secure: true,
      rewrite: (path) => path.replace(/^\/api/, ''),
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const proxy = apiProxy(env.API_PROXY_TARGET);
  return {
    plugins: [react()],
    define: {
      // With a proxy configured, the endpoint field defaults to it unless told otherwise.
      'import.meta.env.VITE_DEFAULT_ENDPOINT': JSON.stringify(
        env.VITE_DEFAULT_ENDPOINT ?? (env.API_PROXY_TARGET ? '/api' : ''),
      ),
    },
    server: { proxy },
    preview: { proxy },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
    },
  };
});
