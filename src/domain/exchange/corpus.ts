/**
 * The bad-input corpus: one file per way an exchange file can be broken or hostile, with
 * the problem codes reading it must give. `make-corpus.ts` writes the files to
 * `tests/fixtures/bad-input/`; `corpus.test.ts` reads every stored file back.
 */
import {
  alteredCiphertext,
  appFile,
  CORPUS_PASSPHRASE,
  CORPUS_WRONG_PASSPHRASE,
  editedFile,
  envelopeText,
  first,
  NOW,
  withKeyInAgency,
} from './corpus-build';
import { fixtureAction, fixtureContent, fixtureQuestionnaire } from './fixture';
import type { ReadOptions } from './read';

export interface CorpusCase {
  file: string;
  /** What the file holds and why it is refused (or, for a valid one, kept as it is). */
  about: string;
  /** Problem codes expected, in any order; empty when the file is valid. */
  expect: string[];
  read?: ReadOptions;
  build: () => Promise<string>;
}

/** Text that must come back verbatim: shown as text by the UI, never run or interpreted. */
export const HOSTILE_TEXT = {
  agencyName: '<script>alert("agency")</script> Министрлик & Co',
  shortName: '<b onmouseover=x>',
  roundName: "{{constructor.constructor('alert(1)')()}} ${alert(2)}",
  respondent: '"><svg onload=alert(3)>',
  note: '<img src=x onerror="alert(4)"> javascript:alert(5) =HYPERLINK("http://x","y") \u202eevil',
  text: '<iframe srcdoc="<script>alert(6)</script>"></iframe>',
};

export const CORPUS: CorpusCase[] = [
  {
    file: 'not-json.json',
    about: 'An HTML page saved under a .json name.',
    expect: ['notJson'],
    build: async () => '<!doctype html><html><body>Not an exchange file</body></html>\n',
  },
  {
    file: 'empty.json',
    about: 'An empty file, as a failed download leaves it.',
    expect: ['notJson'],
    build: async () => '',
  },
  {
    file: 'truncated.json',
    about: 'A valid file cut off in the middle, as an interrupted copy leaves it.',
    expect: ['truncated'],
    build: async () => {
      const text = await appFile();
      return text.slice(0, Math.floor(text.length * 0.6));
    },
  },
  {
    file: 'other-format.json',
    about: 'A questionnaire file picked by mistake.',
    expect: ['otherFormat'],
    build: async () => JSON.stringify(fixtureQuestionnaire(), null, 2),
  },
  {
    file: 'newer-version.json',
    about: 'A file in format version 3, from a newer app: this one must be updated to read it.',
    expect: ['newerVersion'],
    build: () =>
      envelopeText(
        { records: 'in a shape this version does not know' },
        { formatVersion: 3, app: { name: 'egov-readiness', version: '3.0.0' } },
      ),
  },
  {
    file: 'altered-digest.json',
    about: 'A valid file whose level answer was edited afterwards; the digest no longer matches.',
    expect: ['digestMismatch'],
    build: async () => (await appFile()).replace('"value": 3', '"value": 5'),
  },
  {
    file: 'proto-keys.json',
    about: 'A "__proto__" key inside an agency: a prototype-pollution attempt.',
    expect: ['forbiddenKey'],
    build: () => withKeyInAgency('__proto__'),
  },
  {
    file: 'constructor-keys.json',
    about: 'A "constructor" key inside an agency.',
    expect: ['forbiddenKey'],
    build: () => withKeyInAgency('constructor'),
  },
  {
    file: 'deep-nesting.json',
    about:
      'Arrays nested 100 deep (the limit is 64): small, but deep enough to hurt recursive code.',
    expect: ['tooDeep'],
    build: async () => {
      const text = await envelopeText({ questionnaires: 'DEEP' });
      return text.replace('"DEEP"', `${'['.repeat(100)}${']'.repeat(100)}`);
    },
  },
  {
    file: 'script-in-names.json',
    about:
      'VALID: HTML, script, template and spreadsheet-formula text in names and notes is data; accepted and kept verbatim.',
    expect: [],
    build: () => {
      const content = fixtureContent();
      const agency = first(content.agencies);
      const assessment = first(content.assessments);
      agency.name = HOSTILE_TEXT.agencyName;
      agency.shortName = HOSTILE_TEXT.shortName;
      first(content.rounds).name = HOSTILE_TEXT.roundName;
      assessment.respondent.name = HOSTILE_TEXT.respondent;
      assessment.answers.lvl = {
        response: { kind: 'value', value: 3 },
        note: HOSTILE_TEXT.note,
        at: NOW,
      };
      assessment.answers.txt = { response: { kind: 'value', value: HOSTILE_TEXT.text }, at: NOW };
      return appFile(content);
    },
  },
  {
    file: 'out-of-range.json',
    about: 'A level answer of 9 (levels are 1–5) and a percentage of 140.',
    expect: ['invalidAnswer'],
    build: () =>
      editedFile((c) => {
        const { answers } = first(c.assessments);
        answers.lvl = { response: { kind: 'value', value: 9 }, at: NOW };
        answers.pct = { response: { kind: 'value', value: 140 }, at: NOW };
      }),
  },
  {
    file: 'out-of-range-target.json',
    about: 'A round target of 1.5 (targets are 0–1) and a negative revision.',
    expect: ['tooBig', 'tooSmall'],
    build: () =>
      editedFile((c) => {
        first(c.rounds).targets = { core: { strategy: 1.5 } };
        first(c.assessments).revision = -1;
      }),
  },
  {
    file: 'wrong-types.json',
    about: 'A revision written as text and an unknown assessment status.',
    expect: ['wrongType', 'invalidValue'],
    build: () =>
      editedFile((c) => {
        Object.assign(first(c.assessments), { revision: '4', status: 'approved' });
      }),
  },
  {
    file: 'unknown-item.json',
    about: 'An answer to the item "lead.strategy", which the questionnaire does not have.',
    expect: ['unknownItem'],
    build: () =>
      editedFile((c) => {
        first(c.assessments).answers['lead.strategy'] = {
          response: { kind: 'value', value: 4 },
          at: NOW,
        };
      }),
  },
  {
    file: 'missing-questionnaire.json',
    about: 'An assessment answered on questionnaire core 2.0.0, which the file does not carry.',
    expect: ['missingQuestionnaire'],
    build: () =>
      editedFile((c) => {
        first(c.assessments).questionnaire = { id: 'core', version: '2.0.0' };
      }),
  },
  {
    file: 'unknown-agency.json',
    about: 'An assessment of an agency that is neither in the file nor on the device.',
    expect: ['unknownAgency'],
    build: () =>
      editedFile((c) => {
        c.agencies = [];
      }),
  },
  {
    file: 'invalid-questionnaire.json',
    about: 'An embedded questionnaire whose level item has four levels instead of five.',
    expect: ['levelCount'],
    build: () =>
      editedFile((c) => {
        const item = first(first(first(c.questionnaires).dimensions).items);
        if (item.type === 'level') item.levels = item.levels.slice(0, 4);
      }),
  },
  {
    file: 'bad-action.json',
    about:
      'An action (format version 2) whose "what" is only spaces, due on 2025-02-30 and with the status "finished".',
    expect: ['invalid', 'invalidValue'],
    build: () => {
      const content = { ...fixtureContent(), actions: [{ ...fixtureAction(), what: '   ' }] };
      Object.assign(first(content.actions), { due: '2025-02-30', status: 'finished' });
      return envelopeText(content, { formatVersion: 2 });
    },
  },
  {
    file: 'wrong-passphrase.json',
    about: `Encrypted with the passphrase "${CORPUS_PASSPHRASE}"; read with "${CORPUS_WRONG_PASSPHRASE}".`,
    expect: ['decryptFailed'],
    read: { passphrase: CORPUS_WRONG_PASSPHRASE },
    build: () => appFile(fixtureContent(), { passphrase: CORPUS_PASSPHRASE }),
  },
  {
    file: 'altered-ciphertext.json',
    about: 'An encrypted file with one character of its ciphertext changed, digest left as it was.',
    expect: ['digestMismatch'],
    read: { passphrase: CORPUS_PASSPHRASE },
    build: alteredCiphertext,
  },
];
