/// <reference types="vite/client" />

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
