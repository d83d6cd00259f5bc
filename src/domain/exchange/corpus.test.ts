import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORPUS, HOSTILE_TEXT } from './corpus';
import { CORPUS_PASSPHRASE } from './corpus-build';
import { readExchangeFile } from './read';

const DIR = join(import.meta.dirname, '../../../tests/fixtures/bad-input');
const read = (file: string) => readFile(join(DIR, file), 'utf8');

describe('bad-input corpus', async () => {
  const files = (await readdir(DIR)).filter((name) => name.endsWith('.json')).sort();

  it('has one stored file per case and no file without a case', () => {
    expect(files).toEqual(CORPUS.map((entry) => entry.file).sort());
  });

  it.each(files)('%s gives the expected problems', async (file) => {
    const entry = CORPUS.find((candidate) => candidate.file === file);
    if (!entry) throw new Error(`${file} is not in corpus.ts`);
    const result = await readExchangeFile(await read(file), entry.read);
    const codes = result.ok ? [] : [...new Set(result.problems.map((p) => p.code))].sort();
    expect(codes).toEqual([...entry.expect].sort());
    if (!result.ok) for (const problem of result.problems) expect(problem.message).not.toBe('');
  });

  it('stores the files the builders make now (re-run make-corpus.ts after a change)', async () => {
    for (const entry of CORPUS)
      expect(await read(entry.file), entry.file).toBe(await entry.build());
  });

  it('keeps HTML and script in names and notes verbatim, as text', async () => {
    const result = await readExchangeFile(await read('script-in-names.json'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [agency] = result.value.agencies;
    const [assessment] = result.value.assessments;
    expect(agency).toMatchObject({
      name: HOSTILE_TEXT.agencyName,
      shortName: HOSTILE_TEXT.shortName,
    });
    expect(result.value.rounds[0]?.name).toBe(HOSTILE_TEXT.roundName);
    expect(assessment?.respondent.name).toBe(HOSTILE_TEXT.respondent);
    expect(assessment?.answers.lvl?.note).toBe(HOSTILE_TEXT.note);
    expect(assessment?.answers.txt?.response).toEqual({ kind: 'value', value: HOSTILE_TEXT.text });
  });

  it('opens the encrypted file with its passphrase and asks for one without it', async () => {
    const text = await read('wrong-passphrase.json');
    expect((await readExchangeFile(text, { passphrase: CORPUS_PASSPHRASE })).ok).toBe(true);
    const without = await readExchangeFile(text);
    expect(without.ok ? [] : without.problems.map((p) => p.code)).toEqual(['passphraseRequired']);
  });

  it('leaves prototypes untouched after reading the hostile files', async () => {
    for (const file of ['proto-keys.json', 'constructor-keys.json'])
      await readExchangeFile(await read(file));
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
    expect(typeof probe.toString).toBe('function');
  });
});
