import { canonicalByHand, canonicalJson, digestOf, sameContent, sha256Hex } from './canonical';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    const a = { b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } };
    const b = { a: { c: 'x', d: [3, { y: 2, z: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('writes values as JSON does, leaving out undefined fields', () => {
    expect(canonicalJson({ s: 'Кыргыз "тил"\n', n: -0.5, t: true, z: null, u: undefined })).toBe(
      '{"n":-0.5,"s":"Кыргыз \\"тил\\"\\n","t":true,"z":null}',
    );
    expect(canonicalJson([undefined, Number.NaN])).toBe('[null,null]');
  });

  it('treats a parsed "__proto__" key as a plain key', () => {
    const parsed: unknown = JSON.parse('{"__proto__":{"x":1},"a":2}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it('gives equal digests for reordered content and different ones for changed content', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await digestOf({ a: 1, b: [1, 2] })).toBe(await digestOf({ b: [1, 2], a: 1 }));
    expect(await digestOf({ a: 1 })).not.toBe(await digestOf({ a: 2 }));
    expect(sameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});

describe('sameContent', () => {
  it('agrees with canonical JSON on plain data', () => {
    const pairs: [unknown, unknown][] = [
      [
        { a: 1, b: { c: [1, { d: 'x' }] } },
        { b: { c: [1, { d: 'x' }] }, a: 1 },
      ],
      [{ a: 1, b: undefined }, { a: 1 }],
      [{ a: [1, 2] }, { a: [2, 1] }],
      [{ a: 1 }, { a: 1, b: 2 }],
      [{ a: null }, { a: {} }],
      [[], {}],
      [{ a: '1' }, { a: 1 }],
    ];
    for (const [a, b] of pairs) {
      expect(sameContent(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
      expect(sameContent(b, a)).toBe(sameContent(a, b));
    }
  });
});

describe('canonicalJson paths', () => {
  it('gives the by-hand result whether keys are in order, out of order or digits', () => {
    const values: unknown[] = [
      { a: 1, b: { c: 2, d: [{ e: 1, f: 2 }] } },
      { b: 1, a: { d: 2, c: [{ f: 1, e: 2 }] } },
      { b: 1, 10: 'ten', 9: 'nine', a: { 2: 'x', 1: 'y' } },
      JSON.parse('{"z":1,"__proto__":{"b":1,"a":2}}'),
      [{ y: 1, x: 2 }, null, 'text', 1.5],
    ];
    for (const value of values) expect(canonicalJson(value)).toBe(canonicalByHand(value));
    expect(canonicalJson({ b: 1, 10: 'ten', 9: 'nine' })).toBe('{"10":"ten","9":"nine","b":1}');
  });
});
