import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

/**
 * The main-process side, bundled to CommonJS: the Electron main and preload, and the serve-mode
 * entry. Dependencies stay external (node_modules ships beside it; better-sqlite3 is native).
 */
export default defineConfig(({ mode }) => ({
  define: { __CARNET_VERSION__: JSON.stringify(pkg.version) },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist/electron',
    // The sandboxed preload must be one self-contained file, so it is built on its own pass.
    emptyOutDir: mode !== 'preload',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: (mode === 'preload'
        ? { preload: 'electron/preload.ts' }
        : { main: 'electron/main.ts', serve: 'electron/serve.ts' }) as Record<string, string>,
      external: [
        'electron',
        ...Object.keys(pkg.dependencies),
        ...builtinModules,
        ...builtinModules.map((m) => `node:${m}`),
      ],
      output: {
        format: 'cjs',
        entryFileNames: '[name].cjs',
        chunkFileNames: 'chunks/[name]-[hash].cjs',
      },
    },
  },
}));
