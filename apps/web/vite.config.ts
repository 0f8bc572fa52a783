import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs on port 4000. The proxy keeps the browser's Origin and Host as they are (no
// changeOrigin): the API refuses a request whose Origin names another host than its Host.
const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: api },
      '/healthz': { target: api },
      '/transfer': { target: api },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/graphql': { target: api },
      '/healthz': { target: api },
      '/transfer': { target: api },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // The libraries every page needs get long-lived chunks of their own. Anything else is left
        // to Rollup, so a library only one area uses (graph, charts, export) stays in that area's
        // lazily loaded chunk instead of the first download.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          const pkg = /node_modules[\\/](@[^\\/]+[\\/][^\\/]+|[^\\/]+)[\\/](?!.*node_modules)/.exec(id)?.[1];
          if (!pkg) return undefined;
          if (
            /^(@mantine\/|@floating-ui\/|react-remove-scroll|react-number-format|react-style-singleton|use-callback-ref|use-sidecar)/.test(
              pkg,
            )
          )
            return 'mantine';
          if (/^(@apollo\/|@wry\/|graphql$|rxjs$|optimism$)/.test(pkg)) return 'apollo';
          if (/^(i18next|react-i18next)$/.test(pkg)) return 'i18n';
          if (/^(react|react-dom|react-router|scheduler)$/.test(pkg)) return 'react';
          return undefined;
        },
      },
    },
  },
});
