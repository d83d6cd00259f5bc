import { parseTargetInput, parseTargetsForm, targetsToInputs } from './targets-input';

describe('parseTargetInput', () => {
  it('reads 0–100 with a point or a comma, spaces and a per cent sign, as a share', () => {
    expect(parseTargetInput('62.5')).toEqual({ ok: true, value: 0.625 });
    expect(parseTargetInput('62,5')).toEqual({ ok: true, value: 0.625 });
    expect(parseTargetInput(' 40 ')).toEqual({ ok: true, value: 0.4 });
    expect(parseTargetInput('75%')).toEqual({ ok: true, value: 0.75 });
    expect(parseTargetInput('0')).toEqual({ ok: true, value: 0 });
    expect(parseTargetInput('100')).toEqual({ ok: true, value: 1 });
    expect(parseTargetInput('.5')).toEqual({ ok: true, value: 0.005 });
  });

  it('reads an empty field as no target', () => {
    expect(parseTargetInput('')).toEqual({ ok: true, value: null });
    expect(parseTargetInput('   ')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not a plain number', () => {
    for (const text of ['abc', '1e2', '6O', '50-60', '1.2.3', '--5', 'NaN', 'Infinity', ',']) {
      expect(parseTargetInput(text)).toEqual({ ok: false, problem: 'notNumber' });
    }
  });

  it('refuses numbers outside 0–100', () => {
    expect(parseTargetInput('100.1')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(parseTargetInput('-1')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(parseTargetInput('250')).toEqual({ ok: false, problem: 'outOfRange' });
  });
});

describe('parseTargetsForm', () => {
  it('collects targets and problems per dimension', () => {
    expect(parseTargetsForm({ a: '60', b: '', c: 'x', d: '120' })).toEqual({
      targets: { a: 0.6 },
      problems: { c: 'notNumber', d: 'outOfRange' },
    });
  });
});

describe('targetsToInputs', () => {
  it('shows stored targets on 0–100, in the form’s decimal style', () => {
    expect(targetsToInputs(['a', 'b', 'c'], { a: 0.625, c: 0.5 })).toEqual({
      a: '62.5',
      b: '',
      c: '50',
    });
    expect(targetsToInputs(['a'], { a: 0.625 }, ',')).toEqual({ a: '62,5' });
  });
});
