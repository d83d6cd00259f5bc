/**
 * The first checks on untrusted text, before any of it is believed: its size, how deeply
 * it nests, whether it is JSON at all, and keys that could reach a prototype. All of them
 * loop instead of recursing, so no input can exhaust the call stack.
 */
import type { Problem, ProblemPath } from '../problems';
import { exchangeProblem } from './problem';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Real exchange files nest about a dozen levels; 64 leaves room and stops hostile ones. */
export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Refuses text over `maxBytes` of UTF-8. A UTF-16 unit is 1 to 3 bytes of UTF-8, so most
 * sizes are decided from `length` alone, which is instant even for a 100 MB string.
 */
export function checkSize(text: string, maxBytes: number): Problem | null {
  const tooLarge = () => {
    const megabytes = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
    return exchangeProblem(
      [],
      'tooLarge',
      { maxBytes, maxMegabytes: megabytes },
      `the file is larger than ${megabytes} MB, the most this app reads`,
    );
  };
  if (text.length > maxBytes) return tooLarge();
  if (text.length * 3 <= maxBytes) return null;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair (two units) is 4 bytes: 2 per unit.
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
    if (bytes > maxBytes) return tooLarge();
  }
  return null;
}

interface TextScan {
  tooDeep: boolean;
  /** The text ends inside a string, an object or an array. */
  unfinished: boolean;
  /** Some key is a forbidden name or holds an escape that might spell one. */
  suspectKeys: boolean;
}

/**
 * Scans brackets outside strings, without parsing, and stops as soon as it is too deep;
 * on the way it looks at every key. Strings (most of a file) are skipped with `indexOf`,
 * far faster than a character loop.
 */
export function scanNesting(text: string, maxDepth: number): TextScan {
  let depth = 0;
  let suspectKeys = false;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i + 1);
      if (end === -1) return { tooDeep: false, unfinished: true, suspectKeys };
      if (!suspectKeys && isKey(text, end) && isSuspectKey(text, i + 1, end)) suspectKeys = true;
      i = end + 1;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > maxDepth) return { tooDeep: true, unfinished: false, suspectKeys };
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
    i++;
  }
  return { tooDeep: false, unfinished: depth > 0, suspectKeys };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The index of the quote that ends a string starting at `from`, or -1 if it never ends. */
function closingQuote(text: string, from: number): number {
  let at = from;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote === -1) return -1;
    // Escaped when an odd number of backslashes precede it. Each run is counted once.
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
    at = quote + 1;
  }
}

/** A string is a key when a colon follows it (in text that parses as JSON). */
function isKey(text: string, closing: number): boolean {
  let k = closing + 1;
  for (;;) {
    const c = text.charCodeAt(k);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) k++;
    else return c === 0x3a;
  }
}

// Escapes spell one character in at most six ("\u005f"): an 11-letter name in 66.
const LONGEST_SPELLING = 66;

/**
 * A key can only spell a forbidden name literally or through escapes, so a key that is
 * neither needs no walk through the parsed value.
 */
function isSuspectKey(text: string, start: number, end: number): boolean {
  // The names have 9 or 11 letters; one spelt with a \uXXXX escape has at least 14
  // characters. Most keys ("id", "note", "at") are thus ruled out without a copy.
  const length = end - start;
  if (length !== 9 && length !== 11 && (length < 14 || length > LONGEST_SPELLING)) return false;
  const key = text.slice(start, end);
  return FORBIDDEN_KEYS.has(key) || key.includes('\\');
}

/**
 * Own keys named `__proto__`, `constructor` or `prototype`, anywhere. `JSON.parse` makes
 * them plain own properties, but any later `target[key] = value` (a spread of records, a
 * schema library building a record) would reach the prototype, so such files are refused.
 */
export function findForbiddenKeys(root: unknown, limit = 20): Problem[] {
  interface Node {
    value: unknown;
    key: string | number;
    parent: Node | null;
  }
  const pathOf = (node: Node): ProblemPath => {
    const path: ProblemPath = [];
    for (let n: Node | null = node; n?.parent; n = n.parent) path.unshift(n.key);
    return path;
  };
  const problems: Problem[] = [];
  const stack: Node[] = [{ value: root, key: '', parent: null }];
  // Depth first, children pushed last first: problems come out in the file's order.
  while (stack.length > 0 && problems.length < limit) {
    const node = stack.pop();
    if (!node) break;
    if (node.parent && typeof node.key === 'string' && FORBIDDEN_KEYS.has(node.key)) {
      problems.push(
        exchangeProblem(
          pathOf(node),
          'forbiddenKey',
          { key: node.key },
          `the key ${JSON.stringify(node.key)} is not allowed in an exchange file`,
        ),
      );
      continue;
    }
    const { value } = node;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      const list: unknown[] = value;
      for (let i = list.length - 1; i >= 0; i--)
        stack.push({ value: list[i], key: i, parent: node });
      continue;
    }
    const entries = Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] ?? ['', undefined];
      stack.push({ value: child, key, parent: node });
    }
  }
  return problems;
}

/** Text to a JSON value, or the problems that stop it: too deep, not JSON, cut off, hostile keys. */
export function parseJsonText(
  text: string,
  maxDepth = MAX_DEPTH,
): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  // Editors on Windows may save a byte-order mark; it is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return fail(exchangeProblem([], 'notJson', { reason: 'empty' }, 'the file is empty'));
  }
  const scan = scanNesting(body, maxDepth);
  if (scan.tooDeep) {
    return fail(
      exchangeProblem(
        [],
        'tooDeep',
        { maxDepth },
        `the file nests more than ${maxDepth} levels deep, which no exchange file does`,
      ),
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    if (scan.unfinished) {
      return fail(
        exchangeProblem(
          [],
          'truncated',
          {},
          'the file ends too early; it was probably cut off while being copied or sent',
        ),
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      exchangeProblem([], 'notJson', { reason }, `the file is not valid JSON (${reason})`),
    );
  }
  const forbidden = scan.suspectKeys ? findForbiddenKeys(value) : [];
  return forbidden.length > 0 ? { ok: false, problems: forbidden } : { ok: true, value };
}

function fail(problem: Problem): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [problem] };
}
