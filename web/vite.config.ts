import { defineConfig } from 'vitest/config';

// Preact's automatic JSX runtime comes from tsconfig.json (jsx: react-jsx, jsxImportSource: preact);
// no framework plugin is needed. In development the API and the hub are proxied to the server
// started by infra/run.sh.
const server = process.env.GRADUATEFAIR_SERVER ?? 'http://127.0.0.1:5080';

export default defineConfig({
  server: {
    proxy: {
      '/api': server,
      '/health': server,
      '/hubs': { target: server, ws: true },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    assetsDir: 'assets',
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
