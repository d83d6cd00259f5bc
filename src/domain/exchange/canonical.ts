/**
 * Canonical JSON and its SHA-256 digest. The digest must not depend on the order in which
 * a program happened to write an object's keys, so keys are sorted (by UTF-16 code units,
 * the order of `Array.prototype.sort`) at every level; arrays keep their order. No
 * whitespace. Values JSON cannot hold are treated as `JSON.stringify` treats them.
 *
 * A parsed own key named `__proto__` is written like any other key: objects are only
 * built with `Object.fromEntries`, which defines properties and never reaches a prototype.
 */

/** Keys of digits only: objects list array-index keys first, whatever their insertion order. */
const DIGITS = /^\d+$/;

export function canonicalJson(value: unknown): string {
  // Files the app writes already list every object's keys in order (and digit keys, which
  // objects always enumerate first, then fail the check): native stringify is canonical.
  if (keysInOrder(value)) return JSON.stringify(value) ?? 'null';
  // Otherwise native stringify over key-sorted copies, twice as fast as building the text
  // by hand; it would misorder keys of digits only, and then the careful path is taken.
  let digitKeys = false;
  const text = JSON.stringify(value, (_key, entry: unknown) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return entry;
    const keys = Object.keys(entry).sort();
    if (!digitKeys && keys.some((key) => DIGITS.test(key))) digitKeys = true;
    return Object.fromEntries(keys.map((key) => [key, (entry as Record<string, unknown>)[key]]));
  });
  if (digitKeys) return canonicalByHand(value);
  return text ?? 'null';
}

/** Every object's keys, as enumerated, are in code-unit order; nothing needs `toJSON`. */
function keysInOrder(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const entry of value as unknown[]) {
        if (entry !== null && typeof entry === 'object') stack.push(entry);
      }
      continue;
    }
    if ('toJSON' in value) return false;
    let previous: string | undefined;
    for (const key of Object.keys(value)) {
      if (previous !== undefined && previous >= key) return false;
      previous = key;
      const entry: unknown = (value as Record<string, unknown>)[key];
      if (entry !== null && typeof entry === 'object') stack.push(entry);
    }
  }
  return true;
}

/** The reference definition: slower, right for every key. */
export function canonicalByHand(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    const list: unknown[] = value;
    return `[${list.map((entry) => (isSkipped(entry) ? 'null' : canonicalByHand(entry))).join(',')}]`;
  }
  const parts: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const entry: unknown = (value as Record<string, unknown>)[key];
    if (isSkipped(entry)) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalByHand(entry)}`);
  }
  return `{${parts.join(',')}}`;
}

function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * The canonical JSON of exchange content, with that of each embedded questionnaire met on
 * the way (the same text, not computed twice), so the reader can recognise a questionnaire
 * it has parsed before.
 */
export function canonicalContent(content: unknown): { text: string; questionnaires: string[] } {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    return { text: canonicalJson(content), questionnaires: [] };
  }
  const record = content as Record<string, unknown>;
  const list: unknown = record.questionnaires;
  if (!Array.isArray(list)) return { text: canonicalJson(content), questionnaires: [] };
  const questionnaires = list.map((entry: unknown) =>
    isSkipped(entry) ? 'null' : canonicalJson(entry),
  );
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const entry = record[key];
    if (isSkipped(entry)) continue;
    const text = key === 'questionnaires' ? `[${questionnaires.join(',')}]` : canonicalJson(entry);
    parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return { text: `{${parts.join(',')}}`, questionnaires };
}

export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const hash = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of hash) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The digest an exchange file carries: SHA-256 over the canonical JSON of `value`. */
export function digestOf(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}

/**
 * True when two values of plain JSON data are equal, key order ignored and fields that
 * are undefined taken as absent: what equal canonical JSON means, without building it
 * (a stored record and an imported one list their keys in different orders).
 */
export function sameContent(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() ?? [];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) || Array.isArray(y)) {
      if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
      const xs: unknown[] = x;
      const ys: unknown[] = y;
      xs.forEach((entry, index) => stack.push([entry, ys[index]]));
      continue;
    }
    const xr = x as Record<string, unknown>;
    const yr = y as Record<string, unknown>;
    const keys = definedKeys(xr);
    if (keys.length !== definedKeys(yr).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(yr, key)) return false;
      stack.push([xr[key], yr[key]]);
    }
  }
  return true;
}

function definedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => record[key] !== undefined);
}
