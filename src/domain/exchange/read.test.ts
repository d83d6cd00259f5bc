import { digestOf } from './canonical';
import { createExchangeFile } from './create';
import type { CreateOptions } from './create';
import { MIN_ITERATIONS } from './crypto';
import { fixtureContent } from './fixture';
import { readExchangeFile } from './read';
import type { ReadOptions } from './read';

const NOW = '2025-04-01T08:00:00.000Z';
const plain: CreateOptions = { kind: 'exchange', appVersion: '0.1.0', now: NOW };
// Fast key derivation, allowed only because the tests say so by name.
const weak = { iterations: 1000, testOnlyAllowWeakKdf: true } as const;
const PASS = 'Жашыл тоо 2025';

async function codes(text: string, options: ReadOptions = {}): Promise<string[]> {
  const result = await readExchangeFile(text, options);
  return result.ok ? [] : result.problems.map((p) => p.code);
}

describe('createExchangeFile → readExchangeFile', () => {
  it('gives back the same content, with the digest verified', async () => {
    const content = fixtureContent();
    const text = await createExchangeFile(content, plain);
    const result = await readExchangeFile(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { meta, ...back } = result.value;
    expect(back).toEqual(content);
    expect(meta).toEqual({
      formatVersion: 1,
      createdAt: NOW,
      app: { name: 'egov-readiness', version: '0.1.0' },
      kind: 'exchange',
      encrypted: false,
      digest: await digestOf(content),
    });
  });

  it('writes pretty JSON with the envelope fields first', async () => {
    const text = await createExchangeFile(fixtureContent(), { ...plain, kind: 'backup' });
    expect(text.split('\n')[1]).toBe('  "format": "egov-readiness-exchange",');
    expect(JSON.parse(text)).toMatchObject({ formatVersion: 1, kind: 'backup' });
  });

  it('round-trips encrypted content and shows nothing of it outside the ciphertext', async () => {
    const content = fixtureContent();
    const text = await createExchangeFile(content, { ...plain, passphrase: PASS, ...weak });
    for (const secret of ['Ministry', 'Айгүл', 'strategy', 'lvl', content.assessments[0]?.id]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain(await digestOf(content));
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'formatVersion',
      'createdAt',
      'app',
      'kind',
      'encrypted',
      'digest',
    ]);
    const result = await readExchangeFile(text, { passphrase: PASS, testOnlyAllowWeakKdf: true });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { meta, ...back } = result.value;
    expect(back).toEqual(content);
    expect(meta.encrypted).toBe(true);
  });

  it('accepts the passphrase in another Unicode normal form', async () => {
    const composed = 'Айдай жана Алёна';
    const text = await createExchangeFile(fixtureContent(), {
      ...plain,
      passphrase: composed,
      ...weak,
    });
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(await codes(text, { passphrase: decomposed, testOnlyAllowWeakKdf: true })).toEqual([]);
  });

  it('uses at least 600,000 iterations unless a test asks by name', async () => {
    const text = await createExchangeFile(fixtureContent(), { ...plain, passphrase: PASS });
    expect(JSON.parse(text)).toMatchObject({ encrypted: { iterations: MIN_ITERATIONS } });
    await expect(
      createExchangeFile(fixtureContent(), { ...plain, passphrase: PASS, iterations: 1000 }),
    ).rejects.toThrow(RangeError);
    await expect(
      createExchangeFile(fixtureContent(), { ...plain, passphrase: '' }),
    ).rejects.toThrow(RangeError);
    const weakFile = await createExchangeFile(fixtureContent(), {
      ...plain,
      passphrase: PASS,
      ...weak,
    });
    const result = await readExchangeFile(weakFile, { passphrase: PASS });
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['tooSmall', 'encrypted.iterations'],
    ]);
  });
});

describe('encrypted files that do not open', () => {
  const make = () => createExchangeFile(fixtureContent(), { ...plain, passphrase: PASS, ...weak });
  const read = (text: string, passphrase?: string) =>
    codes(text, { passphrase, testOnlyAllowWeakKdf: true });

  it('asks for a passphrase', async () => {
    expect(await read(await make())).toEqual(['passphraseRequired']);
    expect(await read(await make(), '')).toEqual(['passphraseRequired']);
  });

  it('refuses a wrong passphrase, saying it may also be an altered file', async () => {
    const result = await readExchangeFile(await make(), {
      passphrase: 'wrong',
      testOnlyAllowWeakKdf: true,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'decryptFailed', path: ['encrypted'] }),
    ]);
    expect(result.problems[0]?.message).toMatch(/passphrase is wrong, or the file was altered/);
  });

  it('names altered ciphertext as an altered file, before asking for the passphrase', async () => {
    const file = JSON.parse(await make()) as { encrypted: { ciphertext: string } };
    const c = file.encrypted.ciphertext;
    file.encrypted.ciphertext = `${c[0] === 'A' ? 'B' : 'A'}${c.slice(1)}`;
    const altered = JSON.stringify(file);
    expect(await read(altered)).toEqual(['digestMismatch']);
    expect(await read(altered, PASS)).toEqual(['digestMismatch']);
  });

  it('cannot be opened when ciphertext and digest were both forged', async () => {
    const file = JSON.parse(await make()) as {
      encrypted: { ciphertext: string };
      digest: { value: string };
    };
    const c = file.encrypted.ciphertext;
    file.encrypted.ciphertext = `${c[0] === 'A' ? 'B' : 'A'}${c.slice(1)}`;
    file.digest.value = await digestOf(file.encrypted);
    expect(await read(JSON.stringify(file), PASS)).toEqual(['decryptFailed']);
  });

  it('refuses an encrypted file that also carries readable content', async () => {
    const file = JSON.parse(await make()) as Record<string, unknown>;
    file.content = fixtureContent();
    expect(await read(JSON.stringify(file), PASS)).toEqual(['bothContentAndEncrypted']);
  });
});

describe('plain files that were changed', () => {
  it('refuses altered content as a digest mismatch', async () => {
    const file = JSON.parse(await createExchangeFile(fixtureContent(), plain)) as {
      content: { agencies: { name: string }[] };
    };
    const agency = file.content.agencies[0];
    if (agency) agency.name = 'Someone else';
    expect(await codes(JSON.stringify(file))).toEqual(['digestMismatch']);
  });

  it('accepts the same content with keys reordered and re-indented', async () => {
    const file = JSON.parse(await createExchangeFile(fixtureContent(), plain)) as Record<
      string,
      unknown
    >;
    const reversed = Object.fromEntries(Object.entries(file).reverse());
    expect(await codes(JSON.stringify(reversed))).toEqual([]);
    expect(await codes(JSON.stringify(file, null, '\t'))).toEqual([]);
  });
});
