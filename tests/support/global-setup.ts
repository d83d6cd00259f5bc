import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DIST_DIR, startPreviewServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built app is served, e.g. `http://127.0.0.1:41234`; read with `inject('baseURL')`. */
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(`${DIST_DIR}/index.html not found: build the app first (npx vite build).`);
  }
  // The tests get a copy of the build: a `vite build` run meanwhile (by hand, or another
  // session) empties dist/ and renames its files, which broke service worker installs and
  // lazily loaded chunks halfway through a run.
  const distDir = await mkdtemp(join(tmpdir(), 'e2e-dist-'));
  await cp(DIST_DIR, distDir, { recursive: true });
  const server = await startPreviewServer({ distDir });
  project.provide('baseURL', server.baseURL);
  return async () => {
    await server.close();
    await rm(distDir, { recursive: true, force: true });
  };
}
