/**
 * A real Chromium for end-to-end tests and benchmarks. Every launch gets its own profile
 * folder, so a test can restart the browser — gracefully or by killing it — on the same
 * profile and check what the app stored (IndexedDB) is still there.
 */
import { mkdtemp, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type ViewportSize } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The flags that work for Debian's Chromium run as root in a container (see TOOLCHAIN.md).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserOptions {
  locale?: string;
  viewport?: ViewportSize;
  /** Device pixels per CSS pixel: 2 with a halved viewport renders like 200 % zoom. */
  deviceScaleFactor?: number;
  /** e.g. 'Asia/Bishkek'; the machine's own zone when left out. */
  timezoneId?: string;
  /**
   * 'block' keeps the service worker out, for tests about other things: its first-visit
   * install (and the prompt it shows) then cannot slow them or cover what they click.
   */
  serviceWorkers?: 'allow' | 'block';
}

export interface LaunchedBrowser {
  /** The current context and page; both are replaced by `relaunch()`. */
  readonly context: BrowserContext;
  readonly page: Page;
  readonly userDataDir: string;
  /** Closes the browser (if still running) and deletes the profile folder. */
  close(): Promise<void>;
  /** Closes the browser gracefully if it still runs, then starts a new one on the same profile. */
  relaunch(): Promise<LaunchedBrowser>;
  /** SIGKILLs every Chromium process of this browser: a crash with no chance to flush. */
  kill(): Promise<void>;
}

async function openContext(userDataDir: string, options: BrowserOptions): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    // Without it screenshots catch transitions and charts half-drawn.
    reducedMotion: 'reduce',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    ...(options.serviceWorkers ? { serviceWorkers: options.serviceWorkers } : {}),
  });
}

/**
 * Playwright exposes no process for a persistent context, but Chromium records its own pid in
 * the profile's `SingletonLock` symlink (`<hostname>-<pid>`). Debian's /usr/bin/chromium is a
 * shell wrapper that `exec`s the real binary, so that pid is also the one Playwright spawned,
 * as leader of its own process group.
 */
async function browserPid(userDataDir: string): Promise<number> {
  const target = await readlink(join(userDataDir, 'SingletonLock'));
  const pid = Number(/-(\d+)$/.exec(target)?.[1]);
  if (!Number.isInteger(pid) || pid <= 0) {
    throw new Error(`Cannot read Chromium's pid from SingletonLock -> ${target}`);
  }
  return pid;
}

function killGroup(pid: number): void {
  try {
    // The whole group at once: browser, storage service, renderers — none outlives the others.
    process.kill(-pid, 'SIGKILL');
  } catch {
    process.kill(pid, 'SIGKILL');
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function launchBrowser(options: BrowserOptions = {}): Promise<LaunchedBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'e2e-profile-'));
  let context: BrowserContext;
  let page: Page;
  let closed: Promise<void>;
  let running = false;

  const start = async (): Promise<void> => {
    context = await openContext(userDataDir, options);
    running = true;
    closed = new Promise((resolve) =>
      context.once('close', () => {
        running = false;
        resolve();
      }),
    );
    page = context.pages()[0] ?? (await context.newPage());
  };

  const stop = async (): Promise<void> => {
    if (running) await context.close();
  };

  await start();

  const handle: LaunchedBrowser = {
    get context() {
      return context;
    },
    get page() {
      return page;
    },
    userDataDir,
    async close() {
      await stop();
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    },
    async relaunch() {
      await stop();
      await start();
      return handle;
    },
    async kill() {
      if (!running) throw new Error('kill(): the browser is not running');
      killGroup(await browserPid(userDataDir));
      // Playwright notices the dead pipe and closes the context; wait so relaunch() starts clean.
      await withTimeout(closed, 15_000, 'Waiting for the killed browser to disconnect');
    },
  };
  return handle;
}

export interface RequestLog {
  /** Every URL requested so far, in order. */
  readonly urls: readonly string[];
  /** The URLs that left `origin`; `data:` and same-origin `blob:` URLs count as staying. */
  offOrigin(origin: string): string[];
}

/**
 * Records every request of the page's context: the page itself, its workers (including a
 * service worker) and any popups.
 */
export function recordRequests(page: Page): RequestLog {
  const urls: string[] = [];
  page.context().on('request', (request) => urls.push(request.url()));
  return {
    urls,
    offOrigin(origin) {
      return urls.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    },
  };
}

export interface ErrorLog {
  /** `console.error` messages, uncaught exceptions and renderer crashes, readable. */
  readonly errors: readonly string[];
}

export function collectErrors(page: Page): ErrorLog {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
  page.on('crash', () => errors.push('the page crashed'));
  return { errors };
}
