/**
 * The screens the start-up may open first render with only the first part of the texts
 * (`MessagePart` in catalogs.ts). This follows every import from `main.tsx`, into those
 * screens only, and checks that no text they can show is in the other part.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { en } from '@/i18n/en';
import { restEn } from '@/i18n/rest.en';
import { SCREENS } from './screens';

const SRC = resolve(import.meta.dirname, '..');
const SCREENS_FILE = resolve(SRC, 'app/screens.ts');
/** The catalogs themselves name every key. */
const CATALOG = /\/i18n\/(\w+\.)?(en|ru|ky)\.ts$/;

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? resolve(SRC, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : undefined;
  if (!base) return undefined; // a package
  return ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ext) => base + ext).find(isFile);
}

const isFile = (path: string) => /\.(tsx?|css)$/.test(path) && existsSync(path);

/** Each screen of screens.ts with the module it loads and whether it needs only `first`. */
function screenEntries(): { name: string; module: string; first: boolean }[] {
  const table = readFileSync(SCREENS_FILE, 'utf8').replace(/\} as const[^]*$/, '');
  return table
    .split(/^ {2}(?=\w+: screen\()/m)
    .slice(1)
    .map((entry) => ({
      name: entry.slice(0, entry.indexOf(':')),
      module: /import\('([^']+)'\)/.exec(entry)?.[1] ?? '',
      first: entry.includes("'first'"),
    }));
}

/** Every module the first screens can run: static and dynamic imports alike. */
function firstScreenModules(): string[] {
  const firstScreens = new Set(
    screenEntries()
      .filter((entry) => entry.first)
      .map((entry) => resolveImport(SCREENS_FILE, entry.module)),
  );
  const seen = new Set<string>();
  const queue = [resolve(SRC, 'main.tsx')];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file) || CATALOG.test(file) || file.endsWith('.css')) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const imports = text.matchAll(
      /^(?:import|export) (?!type )[^;]*?from '([^']+)'|import\('([^']+)'\)/gm,
    );
    for (const [, from, dynamic] of imports) {
      const target = resolveImport(file, from ?? dynamic ?? '');
      // screens.ts names every screen; only the first ones run before the rest is loaded.
      if (!target || (file === SCREENS_FILE && dynamic && !firstScreens.has(target))) continue;
      queue.push(target);
    }
  }
  return [...seen];
}

/** The keys a file can show: literal keys, and every key a `t(`prefix.${…}`)` can make. */
function keysUsed(file: string, keys: readonly string[]): string[] {
  const text = readFileSync(file, 'utf8');
  const used = new Set<string>();
  for (const [, a, b] of text.matchAll(/'([\w.-]+)'|`([\w.-]+)`/g)) {
    const literal = a ?? b ?? '';
    if (keys.includes(literal)) used.add(literal);
  }
  for (const [, prefix = ''] of text.matchAll(/\bt\(`([\w.-]+)\$\{/g)) {
    for (const key of keys) if (key.startsWith(prefix)) used.add(key);
  }
  return [...used];
}

describe('the first part of the interface texts', () => {
  it('reads every screen of screens.ts, and the first ones are the agency’s way in', () => {
    const entries = screenEntries();
    expect(entries.map((entry) => entry.name)).toEqual(Object.keys(SCREENS));
    expect(entries.every((entry) => resolveImport(SCREENS_FILE, entry.module))).toBe(true);
    expect(entries.filter((entry) => entry.first).map((entry) => entry.name)).toEqual([
      'home',
      'start',
      'resume',
      'wizard',
      'review',
    ]);
  });

  it('holds every text the first screens can show', () => {
    const modules = firstScreenModules();
    // The walk reaches the layout and the wizard, and stops at the other screens.
    const names = modules.map((file) => relative(SRC, file));
    expect(names).toEqual(
      expect.arrayContaining(['app/Layout.tsx', 'features/assessment/StepForm.tsx']),
    );
    expect(names).not.toContain('features/round/RoundPage.tsx');
    const restKeys = Object.keys(restEn);
    const missing = modules.flatMap((file) =>
      keysUsed(file, restKeys).map((key) => `${relative(SRC, file)}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('and the rest are apart from it', () => {
    const shared = Object.keys(en).filter((key) => key in restEn);
    expect(shared).toEqual([]);
  });
});
