import type { BrowserContext, Page } from 'playwright-core';
import { collectErrors, recordRequests, type ErrorLog, type RequestLog } from './browser';

/**
 * Errors and requests of every page a test opens — a second tab, or the page of a browser
 * started again after a crash — gathered in one place.
 */
export interface PageWatch {
  attach(page: Page): Page;
  errors(): string[];
  offOrigin(origin: string): string[];
}

export function watchPages(): PageWatch {
  const errorLogs: ErrorLog[] = [];
  const requestLogs: RequestLog[] = [];
  // recordRequests listens on the whole context: once per context, or requests count twice.
  const contexts = new WeakSet<BrowserContext>();
  return {
    attach(page) {
      errorLogs.push(collectErrors(page));
      if (!contexts.has(page.context())) {
        contexts.add(page.context());
        requestLogs.push(recordRequests(page));
      }
      return page;
    },
    errors: () => errorLogs.flatMap((log) => log.errors),
    offOrigin: (origin) => requestLogs.flatMap((log) => log.offOrigin(origin)),
  };
}
