/// <reference types="vite/client" />

/** package.json's version, put in at build time (vite.config.ts). */
declare const __APP_VERSION__: string;

declare module 'virtual:shipped-questionnaires' {
  /** Questionnaires that ship with the app, checked at build time; loaded on demand. */
  const shipped: {
    id: string;
    version: string;
    kind: 'core' | 'module';
    load: () => Promise<unknown>;
  }[];
  export default shipped;
}
