import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the gateway at /app (gateway/src/plugins/useWebApp.ts), beside the API it calls.
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
