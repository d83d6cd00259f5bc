/**
 * Serves the built app with `vite preview` on a free port, for end-to-end tests (global setup)
 * and benchmarks alike, so both measure exactly what `npm run build` produced.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** The built app; E2E_DIST points elsewhere, e.g. a build made with `vite build --outDir`. */
export const DIST_DIR = process.env.E2E_DIST
  ? resolve(process.env.E2E_DIST)
  : join(REPO_ROOT, 'dist');

export interface PreviewServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly baseURL: string;
  readonly distDir: string;
  close(): Promise<void>;
}

export interface PreviewOptions {
  /** Folder holding the built app; defaults to the repository's `dist/`. */
  distDir?: string;
}

export async function startPreviewServer(options: PreviewOptions = {}): Promise<PreviewServer> {
  const distDir = options.distDir ?? DIST_DIR;
  // Through the JS API Vite serves a missing folder as 404s instead of refusing to start.
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html not found: build the app first (npx vite build).`);
  }
  const server = await preview({
    root: REPO_ROOT,
    configFile: join(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: distDir },
    // Port 0: Vite asks the OS for a free port, so parallel runs never collide.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address) {
    await server.close();
    throw new Error('vite preview did not start listening');
  }
  return {
    baseURL: `http://127.0.0.1:${address.port}`,
    distDir,
    close: () => server.close(),
  };
}
