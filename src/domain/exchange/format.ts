/**
 * The exchange file format, version 1: the records of `records.ts` in an envelope. One
 * format serves exchange files between agencies and the coordinator, and backups.
 *
 * ```
 * { format: 'egov-readiness-exchange', formatVersion: 1, createdAt, app: { name, version },
 *   kind: 'exchange' | 'backup',
 *   content: { questionnaires, agencies, rounds, assessments }   -- or, when encrypted:
 *   encrypted: { cipher: 'AES-GCM', kdf: 'PBKDF2-SHA-256', iterations, salt, iv, ciphertext },
 *   digest: { algorithm: 'SHA-256', value } }
 * ```
 *
 * The digest is SHA-256 (lowercase hex) over the canonical JSON (`canonical.ts`) of
 * `content`, or, in an encrypted file, of the `encrypted` block. An encrypted file thus
 * shows nothing derived from its plaintext (not even a fingerprint that would tell two
 * equal files apart), and an altered file is told from a wrong passphrase before any
 * key is derived. The ciphertext holds the canonical JSON of `content`.
 *
 * Released field names are never renamed; a change of shape is a new `formatVersion`.
 *
 * Version 2 adds `content.actions` (action plans, optional when read). It is a new version,
 * not a quiet extra field, because a version-1 app checks `content` strictly: it would refuse
 * a file with actions as "unknown field", where the newer version tells the person to
 * update the app. A file is written in the lowest version that holds it: plain files without
 * actions stay version 1, so apps not yet updated keep reading them; encrypted files are
 * always version 2, so the envelope says nothing about whether the plaintext holds actions.
 * This app reads both versions, and takes `actions` in either (an old reader never sees them).
 */
import { z } from 'zod';
import { ACTION_STATUSES, AGENCY_KINDS, RESPONDENT_ROLES } from '../records';
import type { Action, Agency, Assessment, Round } from '../records';
import { MAX_ACTION_WHAT, MAX_ACTION_WHO } from '../actions/input';
import type { Questionnaire } from '../questionnaire/types';
import { MAX_ITERATIONS, MIN_ITERATIONS } from './crypto';

export const EXCHANGE_FORMAT = 'egov-readiness-exchange';
export const EXCHANGE_FORMAT_VERSION = 2;
/** The version of files that carry no actions and are not encrypted (see above). */
export const EXCHANGE_FORMAT_VERSION_WITHOUT_ACTIONS = 1;
export const APP_NAME = 'egov-readiness';
export const EXCHANGE_KINDS = ['exchange', 'backup'] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

/** Names of agencies, rounds and respondents, as the repositories allow them. */
export const MAX_NAME = 200;
export const MAX_SHORT_NAME = 30;
/** Notes and text answers: the limit `saveAnswers` stores, so every saved note travels. */
export const MAX_NOTE = 20_000;
const MAX_ID = 100;
const MAX_REF = 64;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isoTime = z
  .string()
  .regex(ISO_TIME, {
    message: 'use an ISO date and time such as 2025-01-31T09:30:00.000Z',
    abort: true,
  })
  .refine((v) => !Number.isNaN(Date.parse(v)), 'not a real date and time');
const isoDate = z
  .string()
  .regex(ISO_DATE, { message: 'use a date such as 2025-01-31', abort: true })
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
  }, 'not a real date');
const recordId = z.string().min(1).max(MAX_ID);
const name = z.string().min(1).max(MAX_NAME);
const demo = z.literal(true).optional();
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const questionnaireRef = z.strictObject({
  id: z.string().min(1).max(MAX_REF),
  version: z.string().min(1).max(MAX_REF),
});

export const agencyRecord = z.strictObject({
  id: recordId,
  name,
  shortName: z.string().min(1).max(MAX_SHORT_NAME),
  kind: z.enum(AGENCY_KINDS),
  parentId: recordId.optional(),
  createdAt: isoTime,
  updatedAt: isoTime,
  demo,
}) satisfies z.ZodType<Agency>;

export const roundRecord = z.strictObject({
  id: recordId,
  name,
  period: z.strictObject({ start: isoDate, end: isoDate }),
  questionnaires: z.array(questionnaireRef).min(1),
  targets: z.record(
    z.string().max(MAX_REF),
    z.record(z.string().max(MAX_REF), z.number().min(0).max(1)),
  ),
  createdAt: isoTime,
  updatedAt: isoTime,
  demo,
}) satisfies z.ZodType<Round>;

const response = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('value'),
    value: z.union([z.number(), z.string().max(MAX_NOTE)]),
  }),
  z.strictObject({ kind: z.literal('na') }),
  z.strictObject({ kind: z.literal('dk') }),
]);

const answers = z.record(
  z.string().min(1).max(MAX_REF),
  z.strictObject({
    response: response.optional(),
    note: z.string().max(MAX_NOTE).optional(),
    at: isoTime,
  }),
);

const respondent = z.strictObject({ name, role: z.enum(RESPONDENT_ROLES) });

export const assessmentRecord = z.strictObject({
  id: recordId,
  agencyId: recordId,
  roundId: recordId,
  questionnaire: questionnaireRef,
  respondent,
  status: z.enum(['draft', 'submitted']),
  answers,
  revision: count,
  createdAt: isoTime,
  updatedAt: isoTime,
  submittedAt: isoTime.optional(),
  history: z.array(z.strictObject({ revision: count, submittedAt: isoTime, respondent, answers })),
  demo,
}) satisfies z.ZodType<Assessment>;

/** As the action form allows: not blank, at most `max` characters (code points). */
function actionText(max: number) {
  return z
    .string()
    .min(1)
    .refine((v) => v.trim() !== '', 'must not be blank')
    .refine((v) => [...v].length <= max, `must be at most ${max} characters long`);
}

export const actionRecord = z.strictObject({
  id: recordId,
  agencyId: recordId,
  roundId: recordId,
  questionnaireId: z.string().min(1).max(MAX_REF),
  dimensionId: z.string().min(1).max(MAX_REF),
  what: actionText(MAX_ACTION_WHAT),
  who: actionText(MAX_ACTION_WHO),
  due: isoDate,
  status: z.enum(ACTION_STATUSES),
  createdAt: isoTime,
  updatedAt: isoTime,
  revision: count,
  demo,
}) satisfies z.ZodType<Action>;

/**
 * The records as they travel. Questionnaires are checked apart, by `parseQuestionnaire`,
 * so their problems read as they do everywhere else.
 */
export const rawContent = z.strictObject({
  questionnaires: z.array(z.unknown()),
  agencies: z.array(agencyRecord),
  rounds: z.array(roundRecord),
  assessments: z.array(assessmentRecord),
  /** Format version 2; absent in files made before action plans. */
  actions: z.array(actionRecord).optional(),
});

export interface ExchangeContent {
  questionnaires: Questionnaire[];
  agencies: Agency[];
  rounds: Round[];
  assessments: Assessment[];
  /** Absent in files made before action plans (format version 1). */
  actions?: Action[];
}

export function encryptedBlock(minIterations: number) {
  const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'use base64');
  return z.strictObject({
    cipher: z.literal('AES-GCM'),
    kdf: z.literal('PBKDF2-SHA-256'),
    iterations: z.number().int().min(minIterations).max(MAX_ITERATIONS),
    salt: base64,
    iv: base64,
    ciphertext: base64,
  });
}

export const digest = z.strictObject({
  algorithm: z.literal('SHA-256'),
  value: z.string().regex(/^[0-9a-fA-F]{64}$/, 'use 64 hexadecimal digits'),
});

/** The envelope; `content` is checked after the digest (and decryption) are. */
export function envelope(minIterations = MIN_ITERATIONS) {
  // Building a schema costs about a millisecond; 500 files in one import reuse one.
  let schema = envelopes.get(minIterations);
  if (!schema) {
    schema = buildEnvelope(minIterations);
    envelopes.set(minIterations, schema);
  }
  return schema;
}

const envelopes = new Map<number, ReturnType<typeof buildEnvelope>>();

function buildEnvelope(minIterations: number) {
  return z.strictObject({
    format: z.literal(EXCHANGE_FORMAT),
    formatVersion: z.literal([EXCHANGE_FORMAT_VERSION_WITHOUT_ACTIONS, EXCHANGE_FORMAT_VERSION]),
    createdAt: isoTime,
    app: z.strictObject({ name: z.string().max(MAX_NAME), version: z.string().max(MAX_REF) }),
    kind: z.enum(EXCHANGE_KINDS),
    content: z.unknown().optional(),
    encrypted: encryptedBlock(minIterations).optional(),
    digest,
  });
}

/** What the file says about itself, returned with its content. */
export interface ExchangeMeta {
  formatVersion: number;
  createdAt: string;
  app: { name: string; version: string };
  kind: ExchangeKind;
  encrypted: boolean;
  /** The digest the file carries, verified. */
  digest: string;
}

export type ExchangeFile = ExchangeContent & { meta: ExchangeMeta };
