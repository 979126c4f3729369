import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// The API server serves web/dist at /; in development the Vite server proxies /graphql to it.
const apiPort = process.env.LEVERMAP_API_PORT ?? '4722';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: Number(process.env.WEB_PORT ?? 5722),
    proxy: { '/graphql': `http://127.0.0.1:${apiPort}`, '/brief': `http://127.0.0.1:${apiPort}` },
  },
});
