import { describe, expect, it } from 'vitest';
import { matchesPath, pathParams, screensAt } from './screens';

describe('screensAt', () => {
  it('names the screen an address shows', () => {
    expect(screensAt('/')).toEqual(['home']);
    expect(screensAt('/rounds')).toEqual(['rounds']);
    expect(screensAt('/rounds/r-1')).toEqual(['round']);
    expect(screensAt('/rounds/r-1/present')).toEqual(['presentation']);
    expect(screensAt('/rounds/r-1/agencies/a-7')).toEqual(['agency']);
    expect(screensAt('/assessments/x/step/3')).toEqual(['wizard']);
    expect(screensAt('/exchange/backup')).toEqual(['backup']);
  });

  it('prefers a fixed segment to a parameter, as the router does', () => {
    expect(screensAt('/assessments/new')).toEqual(['start']);
  });

  it('adds the wizard to an assessment’s own address, which resumes it', () => {
    expect(screensAt('/assessments/3f2a')).toEqual(['resume', 'wizard']);
  });

  it('names nothing for an unknown address', () => {
    expect(screensAt('/no/such/page/here')).toEqual([]);
  });
});

describe('matchesPath', () => {
  it('matches one segment per parameter, ignoring slashes at the ends', () => {
    expect(matchesPath('/rounds/:roundId', '/rounds/abc/')).toBe(true);
    expect(matchesPath('/rounds/:roundId', '/rounds')).toBe(false);
    expect(matchesPath('/rounds/:roundId', '/rounds/a/b')).toBe(false);
    expect(matchesPath('/exchange/import', '/exchange/%69mport')).toBe(true);
  });
});

describe('pathParams', () => {
  it('names each parameter after its place in the path, decoded', () => {
    expect(
      pathParams('/assessments/:assessmentId/step/:step', '/assessments/a%201/step/3'),
    ).toEqual({ assessmentId: 'a 1', step: '3' });
    expect(pathParams('/exchange/import', '/exchange/import')).toEqual({});
  });

  it('is undefined for another address', () => {
    expect(pathParams('/assessments/:assessmentId', '/assessments/a/step/3')).toBeUndefined();
    expect(pathParams('/rounds/:roundId', '/assessments/a')).toBeUndefined();
  });
});
