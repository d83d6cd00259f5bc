import type { TestProject } from 'vitest/node';
import { startPreviewServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built app is served, e.g. `http://127.0.0.1:41234`; read with `inject('baseURL')`. */
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPreviewServer();
  project.provide('baseURL', server.baseURL);
  return () => server.close();
}
