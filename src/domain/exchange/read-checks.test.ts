import { formatPath } from '../problems';
import { envelopeText, editedFile, first, NOW } from './corpus-build';
import { fixtureContent, fixtureQuestionnaire } from './fixture';
import { readExchangeFile } from './read';
import type { ReadOptions } from './read';

async function problems(text: string, options: ReadOptions = {}) {
  const result = await readExchangeFile(text, options);
  return result.ok ? [] : result.problems.map((p) => `${p.code} @ ${formatPath(p.path)}`);
}

describe('size', () => {
  it('refuses a 100 MB file at once, before parsing it', async () => {
    const huge = `{"format":"egov-readiness-exchange","pad":"${'a'.repeat(100 * 1024 * 1024)}"}`;
    const started = performance.now();
    const result = await readExchangeFile(huge);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          code: 'tooLarge',
          params: { maxBytes: 52428800, maxMegabytes: 50 },
        }),
      ],
    });
  });

  it('counts UTF-8 bytes, not characters', async () => {
    const cyrillic = `"${'ж'.repeat(600)}"`; // 602 characters, 1202 bytes
    expect(await problems(cyrillic, { maxBytes: 1000 })).toEqual(['tooLarge @ (file)']);
    expect(await problems(cyrillic, { maxBytes: 1300 })).toEqual(['otherFormat @ format']);
  });
});

describe('JSON', () => {
  it('refuses deep nesting without parsing, wherever it is', async () => {
    const deep = `{"a":${'['.repeat(65)}${']'.repeat(65)}}`;
    expect(await problems(deep)).toEqual(['tooDeep @ (file)']);
    // Brackets inside strings are text, not nesting.
    expect(await problems(`{"a":"${'['.repeat(500)}"}`)).toEqual(['otherFormat @ format']);
  });

  it('tells a cut-off file from one that is not JSON', async () => {
    expect(await problems('{"format": "egov-readiness-exchange", "content": {"agen')).toEqual([
      'truncated @ (file)',
    ]);
    expect(await problems('{"format": }')).toEqual(['notJson @ (file)']);
    expect(await problems('\ufeff  \n')).toEqual(['notJson @ (file)']);
  });

  it('names the place of every forbidden key and leaves prototypes alone', async () => {
    const text = await editedFile((c) => {
      first(c.assessments).answers.lvl = { at: NOW };
    });
    const hostile = text
      .replace('"lvl": {', '"lvl": {"prototype": 1, ')
      .replace('"ypn": {', '"__proto__": {');
    expect(await problems(hostile)).toEqual([
      'forbiddenKey @ content.assessments[0].answers.lvl.prototype',
      'forbiddenKey @ content.assessments[0].answers.__proto__',
    ]);
    // A key spelled with escapes is the same key once parsed.
    const escaped = text.replace('"ypn": {', '"\\u005f_proto\\u005f_": {');
    expect(escaped).toContain('"\\u005f_proto\\u005f_": {');
    expect(await problems(escaped)).toEqual([
      'forbiddenKey @ content.assessments[0].answers.__proto__',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('format and envelope', () => {
  it('says which version a newer file is and that the app must be updated', async () => {
    const text = await envelopeText({}, { formatVersion: 3, app: { name: 'x', version: '2.4.0' } });
    const result = await readExchangeFile(text);
    expect(result.ok ? null : result.problems[0]).toEqual(
      expect.objectContaining({ code: 'newerVersion', params: { found: 3, supported: 2 } }),
    );
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(
      /format version 3.*update the app/,
    );
  });

  it('reports envelope fields by place', async () => {
    const text = await envelopeText(fixtureContent(), { kind: 'archive', createdAt: 'yesterday' });
    expect(await problems(text)).toEqual(['invalidFormat @ createdAt', 'invalidValue @ kind']);
    expect(await problems(await envelopeText(fixtureContent(), { extra: 1 }))).toEqual([
      'unknownField @ (file)',
    ]);
  });

  it('names JSON that is no exchange file as another format', async () => {
    for (const text of ['[]', '42', 'null', '{"format":"odk-submission"}']) {
      expect(await problems(text)).toEqual(['otherFormat @ format']);
    }
  });
});

describe('records', () => {
  it('names the place and the rule of each invalid field', async () => {
    const text = await editedFile((c) => {
      const assessment = first(c.assessments);
      assessment.answers['lead.strategy'] = { response: { kind: 'value', value: 2 }, at: NOW };
      assessment.answers.pct = { response: { kind: 'value', value: 140 }, at: NOW };
      assessment.answers.cho = { response: { kind: 'value', value: 'everyone' }, at: NOW };
      assessment.history = [
        {
          revision: 2,
          submittedAt: NOW,
          respondent: assessment.respondent,
          answers: { gone: { at: NOW } },
        },
      ];
      first(c.agencies).name = 'x'.repeat(201);
      first(c.agencies).kind = 'cabal' as 'ministry';
    });
    expect(await problems(text)).toEqual([
      'tooBig @ agencies[0].name',
      'invalidValue @ agencies[0].kind',
    ]);
    const answersOnly = await editedFile((c) => {
      const assessment = first(c.assessments);
      assessment.answers['lead.strategy'] = { response: { kind: 'value', value: 2 }, at: NOW };
      assessment.answers.pct = { response: { kind: 'value', value: 140 }, at: NOW };
      assessment.answers.cho = { response: { kind: 'value', value: 'everyone' }, at: NOW };
      assessment.history = [
        {
          revision: 2,
          submittedAt: NOW,
          respondent: assessment.respondent,
          answers: { gone: { at: NOW } },
        },
      ];
    });
    const result = await readExchangeFile(answersOnly);
    expect(
      result.ok ? [] : result.problems.map((p) => [p.code, formatPath(p.path), p.params]),
    ).toEqual([
      [
        'invalidAnswer',
        'assessments[0].answers.pct.response.value',
        { found: 140, min: 0, max: 100, item: 'pct', reason: 'outOfRange' },
      ],
      [
        'invalidAnswer',
        'assessments[0].answers.cho.response.value',
        expect.objectContaining({ reason: 'unknownOption', found: '"everyone"' }),
      ],
      [
        'unknownItem',
        'assessments[0].answers["lead.strategy"]',
        { item: 'lead.strategy', questionnaire: 'core 1.0.0' },
      ],
      [
        'unknownItem',
        'assessments[0].history[0].answers.gone',
        { item: 'gone', questionnaire: 'core 1.0.0' },
      ],
    ]);
  });

  it('keeps long notes up to the stored limit and refuses longer ones', async () => {
    const withNote = (length: number) =>
      editedFile((c) => {
        first(c.assessments).answers.lvl = { note: 'n'.repeat(length), at: NOW };
      });
    expect(await problems(await withNote(20_000))).toEqual([]);
    expect(await problems(await withNote(20_001))).toEqual([
      'tooBig @ assessments[0].answers.lvl.note',
    ]);
  });

  it('accepts references to what the device already holds', async () => {
    const q = fixtureQuestionnaire();
    const text = await editedFile((c) => {
      c.agencies = [];
      c.rounds = [];
      c.questionnaires = [];
      first(c.assessments).answers.extra = { at: NOW };
    });
    expect(await problems(text)).toEqual([
      'unknownAgency @ assessments[0].agencyId',
      'unknownRound @ assessments[0].roundId',
      'missingQuestionnaire @ assessments[0].questionnaire',
    ]);
    const assessment = first(fixtureContent().assessments);
    const known: ReadOptions = {
      knownAgencyIds: [assessment.agencyId],
      knownRoundIds: [assessment.roundId],
      knownQuestionnaires: [{ id: q.id, version: q.version }],
    };
    // Without the questionnaire's content its items cannot be checked; with it they are.
    expect(await problems(text, known)).toEqual([]);
    expect(
      await problems(text, {
        ...known,
        knownQuestionnaires: [{ id: q.id, version: q.version, content: q }],
      }),
    ).toEqual(['unknownItem @ assessments[0].answers.extra']);
  });

  it('refuses duplicate records, parent cycles and rounds on missing questionnaires', async () => {
    const text = await editedFile((c) => {
      const agency = first(c.agencies);
      c.agencies.push({ ...agency, id: 'b', parentId: agency.id });
      agency.parentId = 'b';
      c.assessments.push(first(c.assessments));
      first(c.rounds).questionnaires.push({ id: 'module', version: '1.0.0' });
    });
    expect(await problems(text)).toEqual([
      'duplicateRecord @ assessments[1]',
      'agencyCycle @ agencies[0].parentId',
      'agencyCycle @ agencies[1].parentId',
      'missingQuestionnaire @ rounds[0].questionnaires[1]',
    ]);
  });

  it('refuses targets for questionnaires and dimensions the round does not have', async () => {
    const text = await editedFile((c) => {
      const round = first(c.rounds);
      round.targets = { core: { strategy: 0.5, toString: 0.5 }, other: { x: 1 } };
      round.questionnaires.push({ id: 'core', version: '1.0.0' });
    });
    expect(await problems(text)).toEqual([
      'duplicateRecord @ rounds[0].questionnaires[1]',
      'unknownTarget @ rounds[0].targets.core.toString',
      'unknownTarget @ rounds[0].targets.other',
    ]);
  });

  it('cuts a long list of problems short and counts the rest', async () => {
    const text = await editedFile((c) => {
      const answers = first(c.assessments).answers;
      for (let i = 0; i < 150; i++) answers[`unknown-${i}`] = { at: NOW };
    });
    const result = await readExchangeFile(text);
    expect(result.ok ? [] : result.problems.slice(-1)).toEqual([
      expect.objectContaining({ code: 'moreProblems', params: { count: 50 } }),
    ]);
    expect(result.ok ? 0 : result.problems.length).toBe(101);
  });

  it('meets every cut or change of a valid file with a foreseen problem, never a crash', async () => {
    const text = await editedFile(() => undefined);
    const unforeseen = (result: Awaited<ReturnType<typeof readExchangeFile>>) =>
      result.ok ? [] : result.problems.filter((p) => p.code === 'unreadable' || p.message === '');
    for (let end = 0; end < text.length; end += 97) {
      const result = await readExchangeFile(text.slice(0, end));
      expect(result.ok).toBe(false);
      expect(unforeseen(result)).toEqual([]);
    }
    // Seeded, so a failure can be replayed: one character replaced at a random place.
    let seed = 20250401;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const replacements = ['"', "'", '{', ']', '1', '-', 'e', ':', ',', '\\', 'ж', ' ', 'null'];
    for (let i = 0; i < 300; i++) {
      const at = Math.floor(next() * text.length);
      const by = replacements[Math.floor(next() * replacements.length)] ?? '';
      const result = await readExchangeFile(`${text.slice(0, at)}${by}${text.slice(at + 1)}`);
      expect(unforeseen(result), `at ${at} by ${by}`).toEqual([]);
    }
  });
});
