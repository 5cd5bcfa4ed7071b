import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer: one static page, loaded by file:// in the desktop app and over HTTP in serve mode. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:5180' },
  },
});
