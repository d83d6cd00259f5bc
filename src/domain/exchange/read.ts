/**
 * The one way in for exchange files and backups. Checks run from the cheapest and most
 * general to the most specific, and each stops the file at the first layer that fails:
 * size, JSON (depth, truncation, hostile keys), which format and version, the envelope,
 * the digest, decryption, the records' shapes, then the rules across records. Nothing in
 * the text can make it throw: a broken or hostile file is a list of problems.
 */
import type { Problem, ParseResult } from '../problems';
import { show } from '../questionnaire/parse-problem';
import { issueToProblems } from '../questionnaire/parse-structure';
import { canonicalContent, digestOf, sha256Hex } from './canonical';
import { checkContent } from './check-content';
import type { KnownRecords } from './check-content';
import { decryptText, MIN_ITERATIONS } from './crypto';
import { envelope, EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, rawContent } from './format';
import type { ExchangeFile } from './format';
import { checkSize, DEFAULT_MAX_BYTES, parseJsonText } from './json-guard';
import { capProblems, exchangeProblem } from './problem';

export interface ReadOptions extends KnownRecords {
  passphrase?: string;
  /** Larger files are refused before they are parsed; 50 MB unless given. */
  maxBytes?: number;
  /** Tests only: accept a key derivation below 600,000 iterations, to keep tests fast. */
  testOnlyAllowWeakKdf?: boolean;
}

type Result = ParseResult<ExchangeFile>;

export async function readExchangeFile(text: string, options: ReadOptions = {}): Promise<Result> {
  try {
    const result = await read(text, options);
    return result.ok ? result : { ok: false, problems: capProblems(result.problems) };
  } catch (error) {
    // Only a bug or an exotic runtime gets here; the person still gets a problem, not a crash.
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      exchangeProblem([], 'unreadable', { reason }, `the file could not be read (${reason})`),
    );
  }
}

async function read(text: string, options: ReadOptions): Promise<Result> {
  const tooLarge = checkSize(text, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (tooLarge) return fail(tooLarge);
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const wrongFormat = checkFormat(json.value);
  if (wrongFormat) return fail(wrongFormat);

  const minIterations = options.testOnlyAllowWeakKdf ? 1 : MIN_ITERATIONS;
  const parsed = envelope(minIterations).safeParse(json.value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap(issueToProblems) };
  const file = parsed.data;
  const expected = file.digest.value.toLowerCase();

  let content: unknown;
  let canonicalQuestionnaires: string[] = [];
  if (file.encrypted) {
    if (file.content !== undefined) {
      return fail(
        exchangeProblem(
          ['content'],
          'bothContentAndEncrypted',
          {},
          'the file is encrypted yet also carries readable content; it was not made by this app',
        ),
      );
    }
    // The digest covers the encrypted block, so an altered file is named as such before
    // anyone is asked for a passphrase.
    if ((await digestOf(file.encrypted)) !== expected) return fail(digestMismatch());
    if (!options.passphrase) {
      return fail(
        exchangeProblem(
          [],
          'passphraseRequired',
          {},
          'the file is encrypted; enter the passphrase it was sent with',
        ),
      );
    }
    const plaintext = await decryptText(file.encrypted, options.passphrase);
    if (plaintext === null) {
      return fail(
        exchangeProblem(
          ['encrypted'],
          'decryptFailed',
          {},
          'the file could not be decrypted: the passphrase is wrong, or the file was altered on purpose',
        ),
      );
    }
    const inner = parseJsonText(plaintext);
    if (!inner.ok) return inner;
    content = inner.value;
  } else {
    if (file.content === undefined) {
      // Worded as the schema's own missing fields are.
      const message = 'required field is missing';
      return fail({ path: ['content'], code: 'missingField', params: {}, message });
    }
    const canonical = canonicalContent(file.content);
    if ((await sha256Hex(canonical.text)) !== expected) return fail(digestMismatch());
    content = file.content;
    canonicalQuestionnaires = canonical.questionnaires;
  }

  const shaped = rawContent.safeParse(content, { reportInput: true });
  if (!shaped.success) {
    // The only discriminated union in the records is an answer's `kind`, not an item type.
    const problems = shaped.error.issues.flatMap(issueToProblems).map((p) => ({
      ...p,
      code: p.code === 'unknownItemType' ? 'invalidValue' : p.code,
    }));
    return { ok: false, problems };
  }
  const checked = checkContent(shaped.data, options, canonicalQuestionnaires);
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: {
      ...checked.value,
      meta: {
        formatVersion: file.formatVersion,
        createdAt: file.createdAt,
        app: file.app,
        kind: file.kind,
        encrypted: file.encrypted !== undefined,
        digest: expected,
      },
    },
  };
}

/** Another kind of file, or a newer format version, before the envelope's details. */
function checkFormat(value: unknown): Problem | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return otherFormat('unknown');
  }
  const head = value as Record<string, unknown>;
  if (head.format !== EXCHANGE_FORMAT) {
    const isQuestionnaire =
      Object.hasOwn(head, 'schemaVersion') && Object.hasOwn(head, 'dimensions');
    return otherFormat(isQuestionnaire ? 'questionnaire' : 'unknown');
  }
  const version = head.formatVersion;
  if (typeof version === 'number' && version > EXCHANGE_FORMAT_VERSION) {
    const app = head.app;
    const appVersion =
      typeof app === 'object' && app !== null && 'version' in app ? app.version : undefined;
    const madeBy = typeof appVersion === 'string' ? ` (app version ${show(appVersion)})` : '';
    return exchangeProblem(
      ['formatVersion'],
      'newerVersion',
      { found: version, supported: EXCHANGE_FORMAT_VERSION },
      `the file was made by a newer version of the app${madeBy} in format version ${version}; this app reads format version ${EXCHANGE_FORMAT_VERSION}, so update the app to read it`,
    );
  }
  return null;
}

function otherFormat(found: 'questionnaire' | 'unknown'): Problem {
  const message =
    found === 'questionnaire'
      ? 'this is a questionnaire file, not an exchange file; add it where questionnaires are added'
      : 'this is not an exchange file or backup of this app';
  return exchangeProblem(['format'], 'otherFormat', { found }, message);
}

function digestMismatch(): Problem {
  return exchangeProblem(
    ['digest'],
    'digestMismatch',
    {},
    'the file was changed after it was made (its digest does not match); ask the sender for a fresh copy',
  );
}

function fail(problem: Problem): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [problem] };
}
