/**
 * Writes the step-picture loader (`src/features/assessment/step-snapshot-loader.js`) into
 * `index.html` as an inline script, and allows exactly that script in the page's content
 * security policy by its hash. Inline, it runs while the page is still being read, without
 * waiting for a file of its own, and holds up nothing the app loads meanwhile.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const LOADER = resolve(import.meta.dirname, '../src/features/assessment/step-snapshot-loader.js');
const PLACEHOLDER = '<!-- step-snapshot-loader -->';
const SCRIPT_SRC = "script-src 'self'";

/** `html` with the loader inlined in place of the placeholder and its hash in the policy. */
export function inlineStepSnapshotLoader(html: string, loader: string): string {
  if (!html.includes(PLACEHOLDER) || !html.includes(SCRIPT_SRC)) {
    throw new Error(`index.html needs ${PLACEHOLDER} and a "${SCRIPT_SRC}" policy`);
  }
  const hash = createHash('sha256').update(loader).digest('base64');
  return html
    .replace(PLACEHOLDER, () => `<script>${loader}</script>`)
    .replace(SCRIPT_SRC, `${SCRIPT_SRC} 'sha256-${hash}'`);
}

export function stepSnapshotLoader(): Plugin {
  return {
    name: 'step-snapshot-loader',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => inlineStepSnapshotLoader(html, readFileSync(LOADER, 'utf8')),
    },
  };
}
