/**
 * Options for `expect.poll` on things the app does in the background (a write reaching
 * IndexedDB, another tab catching up). Vitest's default of 1 s is too short on a loaded
 * two-core CI machine; the actions' own timeout is 10 s, so polls get the same.
 */
export const EVENTUALLY = { timeout: 10_000, interval: 50 } as const;
