import type { Questionnaire } from '../domain/questionnaire/types';
import { addAgency } from './agencies';
import { saveAnswers, startAssessment, submitAssessment } from './assessments';
import { db } from './db';
import {
  addRoundModule,
  findOrStartAssessment,
  listModuleOffers,
  listRoundQuestionnaires,
  loadAssessmentModules,
  startModuleAssessment,
} from './modules';
import { storeQuestionnaire } from './questionnaires';
import { loadRoundView } from './round-queries';
import { addRound } from './rounds';
import { startNewAssessment } from './start';
import { makeQuestionnaire, seedDraft } from './test-fixtures';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const MODULE = { id: 'drm', version: '1.0.0' };

function makeModule(id = MODULE.id, version = MODULE.version): Questionnaire {
  return { ...makeQuestionnaire(id, version), kind: 'module', title: { en: `Module ${id}` } };
}

/** A draft on the core, a stored module, and the module added to the round. */
async function seedWithModule() {
  const seeded = await seedDraft();
  await storeQuestionnaire(makeModule(), 'shipped');
  const round = await addRoundModule(seeded.round.id, MODULE, { strategy: 0.8 });
  return { ...seeded, round };
}

describe('addRoundModule', () => {
  it('adds a stored module after the core, with its targets', async () => {
    const { round } = await seedWithModule();
    expect(round.questionnaires).toEqual([{ id: 'core', version: '1.0.0' }, MODULE]);
    expect(round.targets.drm).toEqual({ strategy: 0.8 });
    expect(await listRoundQuestionnaires(round.id)).toMatchObject([
      { ref: { id: 'core' }, core: true, stored: { kind: 'core' } },
      { ref: MODULE, core: false, stored: { kind: 'module' } },
    ]);
  });

  it('refuses a core questionnaire, one not stored, one already used, or a bad target', async () => {
    const { round } = await seedWithModule();
    await storeQuestionnaire(makeQuestionnaire('other'), 'user');
    const refused = (p: Promise<unknown>) =>
      p.then(
        () => 'added',
        (e: Error) => e.name,
      );
    expect(await refused(addRoundModule(round.id, { id: 'other', version: '1.0.0' }))).toBe(
      'RepositoryError',
    );
    expect(await refused(addRoundModule(round.id, { id: 'gone', version: '1.0.0' }))).toBe(
      'RepositoryError',
    );
    expect(await refused(addRoundModule(round.id, MODULE))).toBe('RepositoryError');
    await storeQuestionnaire(makeModule('green'), 'shipped');
    const green = { id: 'green', version: '1.0.0' };
    expect(await refused(addRoundModule(round.id, green, { strategy: 2 }))).toBe('RepositoryError');
    expect(await refused(addRoundModule(round.id, green, { nope: 0.5 }))).toBe('RepositoryError');
    expect((await db.rounds.get(round.id))?.questionnaires).toHaveLength(2);
  });
});

describe('starting a module', () => {
  it('starts the module for the same respondent once, then resumes it', async () => {
    const { assessment } = await seedWithModule();
    const first = await startModuleAssessment(assessment.id, MODULE);
    expect(first.created).toBe(true);
    expect(first.assessment).toMatchObject({
      agencyId: assessment.agencyId,
      roundId: assessment.roundId,
      questionnaire: MODULE,
      respondent: assessment.respondent,
      status: 'draft',
    });
    const again = await startModuleAssessment(assessment.id, MODULE);
    expect(again).toEqual({ assessment: first.assessment, created: false });
    // two tabs at once: still one
    await Promise.all([
      startModuleAssessment(assessment.id, MODULE),
      startModuleAssessment(assessment.id, MODULE),
    ]);
    expect(await db.assessments.filter((a) => a.questionnaire.id === 'drm').count()).toBe(1);
  });

  it('gives another respondent of the agency a module of their own', async () => {
    const { assessment } = await seedWithModule();
    await startModuleAssessment(assessment.id, MODULE);
    const other = await findOrStartAssessment({
      agencyId: assessment.agencyId,
      roundId: assessment.roundId,
      questionnaire: MODULE,
      respondent: { name: 'Bakyt', role: 'leadership' },
    });
    expect(other.created).toBe(true);
    const same = await findOrStartAssessment({
      agencyId: assessment.agencyId,
      roundId: assessment.roundId,
      questionnaire: MODULE,
      respondent: { name: ' aida ', role: 'itUnit' },
    });
    expect(same.created).toBe(false);
  });

  it('refuses a questionnaire the round does not use', async () => {
    const { assessment } = await seedDraft();
    await storeQuestionnaire(makeModule(), 'shipped');
    await expect(startModuleAssessment(assessment.id, MODULE)).rejects.toMatchObject({
      code: 'invalid',
    });
  });

  it('resumes, from the start form, a module the respondent already started', async () => {
    const { assessment } = await seedWithModule();
    const { assessment: started } = await startModuleAssessment(assessment.id, MODULE);
    const input = {
      agency: { id: assessment.agencyId },
      round: { id: assessment.roundId },
      questionnaire: MODULE,
      respondent: assessment.respondent,
    };
    expect((await startNewAssessment(input)).id).toBe(started.id);
    // the core questionnaire is started anew, as before modules existed
    const core = await startNewAssessment({ ...input, questionnaire: assessment.questionnaire });
    expect(core.id).not.toBe(assessment.id);
  });
});

describe('reading a respondent’s questionnaires', () => {
  it('lists the modules on the core results, scored apart, and offers the ones not started', async () => {
    const { assessment, round } = await seedWithModule();
    let modules = await loadAssessmentModules(assessment.id);
    expect(modules?.onCore).toBe(true);
    expect(modules?.entries.map((e) => [e.ref.id, e.core, e.assessment?.id ?? null])).toEqual([
      ['core', true, assessment.id],
      ['drm', false, null],
    ]);
    let home = await listModuleOffers();
    expect(home.offers.get(assessment.id)).toEqual([{ ref: MODULE, title: { en: 'Module drm' } }]);

    const { assessment: started } = await startModuleAssessment(assessment.id, MODULE);
    await saveAnswers(started.id, [
      {
        itemId: 'strategy.1',
        answer: { response: { kind: 'value', value: 'partial' }, at: '2025-02-01T00:00:00.000Z' },
        baseAt: null,
      },
    ]);
    await submitAssessment(started.id);
    modules = await loadAssessmentModules(assessment.id);
    const entry = modules?.entries[1];
    expect(entry?.assessment?.status).toBe('submitted');
    // strategy: partial → 0.5; services unanswered → overall 0.5, completeness 0.5
    expect(entry?.overall).toMatchObject({ score: 0.5, completeness: 0.5 });
    expect((await loadAssessmentModules(started.id))?.onCore).toBe(false);
    home = await listModuleOffers();
    expect(home.offers.has(assessment.id)).toBe(false);
    expect(home.moduleTitles.get(started.id)).toEqual({ en: 'Module drm' });

    // the round's screens: the core view leaves the module out; ?q= shows the module
    const coreView = await loadRoundView(round.id);
    expect(coreView?.questionnaire.id).toBe('core');
    expect(coreView?.rows[0]?.assessments.map((a) => a.id)).toEqual([assessment.id]);
    const moduleView = await loadRoundView(round.id, 'drm');
    expect(moduleView?.questionnaire.id).toBe('drm');
    expect(moduleView?.targets).toEqual({ strategy: 0.8 });
    expect(moduleView?.rows[0]?.score?.overall.score).toBe(0.5);
    // a questionnaire the round does not use falls back to the core
    expect((await loadRoundView(round.id, 'nope'))?.questionnaire.id).toBe('core');
  });

  it('offers nothing when the round has no modules', async () => {
    const { assessment } = await seedDraft();
    expect((await loadAssessmentModules(assessment.id))?.entries).toHaveLength(1);
    expect((await listModuleOffers()).offers.size).toBe(0);
  });
});

describe('a new round with modules', () => {
  it('is created with the core and the modules in one go', async () => {
    await storeQuestionnaire(makeQuestionnaire(), 'shipped');
    await storeQuestionnaire(makeModule(), 'shipped');
    const agency = await addAgency({ name: 'Ministry', shortName: 'M', kind: 'ministry' });
    const round = await addRound({
      name: 'R',
      period: { start: '2025-01-01', end: '2025-02-01' },
      questionnaires: [{ id: 'core', version: '1.0.0' }, MODULE],
    });
    const a = await startAssessment({
      agencyId: agency.id,
      roundId: round.id,
      questionnaire: MODULE,
      respondent: { name: 'Aida', role: 'itUnit' },
    });
    expect(a.questionnaire).toEqual(MODULE);
  });
});
