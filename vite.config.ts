/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type PluginOption, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './config/contentSecurityPolicy.ts';

/**
 * Puts the Content-Security-Policy into the built index.html only: the dev server injects
 * inline scripts (React Refresh) that the policy rightly forbids.
 */
function cspMetaTag(): PluginOption {
  return {
    name: 'purposes-console:csp-meta',
    apply: 'build',
    // Right after the charset (which must come first), before any script or style loads.
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      ),
  };
}

// `API_PROXY_TARGET=https://<api hub> npm run dev` makes `/api/*` a same-origin path to the
// tenant, for APIs that send no CORS headers. The same proxy serves `vite preview`.
function apiProxy(target: string | undefined): Record<string, ProxyOptions> | undefined {
  if (!target) return undefined;
  return {
    // A regular expression, so `/apiary` is not proxied; only `/api` and what is below it.
    '^/api(/|$)': {
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
    plugins: [react(), cspMetaTag()],
    define: {
      // With a proxy configured when the app is served (dev) or built, the endpoint field
      // defaults to it unless told otherwise. `vite preview` serves a build: set it for the build.
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
      testTimeout: 15_000,
    },
  };
});
