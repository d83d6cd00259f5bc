/**
 * The demo's modules: the follow-up round adds the optional module questionnaires, and
 * about half the agencies that submitted the core answer each one (module k: every other
 * agency in plan order, starting at k), so a trainer can show module results beside the
 * core score and the offer to answer a module not yet started. Drawn from a random stream
 * of its own, after the core data, so the core figures are the same with or without modules.
 */
import type { Questionnaire } from '../questionnaire/types';
import type { Assessment, Round } from '../records';
import { respondentAnswers } from './answers';
import type { DemoAgencySpec } from './plan';
import { createRandom } from './random';
import { clamp } from './values';

const DAY = 24 * 60;

function isoAt(date: string, minutes: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000).toISOString();
}

/** `round` with the modules added after its core questionnaire, each at the round's core target. */
export function withModules(
  round: Round,
  modules: readonly Questionnaire[],
  target: number,
): Round {
  return {
    ...round,
    questionnaires: [
      ...round.questionnaires,
      ...modules.map((m) => ({ id: m.id, version: m.version })),
    ],
    targets: {
      ...round.targets,
      ...Object.fromEntries(
        modules.map((m) => [m.id, Object.fromEntries(m.dimensions.map((d) => [d.id, target]))]),
      ),
    },
  };
}

/**
 * Module assessments in `round`, answered by the first respondent of each chosen agency's
 * submitted core assessment (same name and role, so the results page pairs them).
 */
export function moduleAssessments(
  round: Round,
  modules: readonly Questionnaire[],
  agencies: readonly { spec: DemoAgencySpec; id: string }[],
  core: readonly Assessment[],
  seed: number,
): Assessment[] {
  const random = createRandom(seed * 7919 + 17);
  const out: Assessment[] = [];
  modules.forEach((m, k) => {
    agencies.forEach(({ spec, id }, a) => {
      if ((a + k) % 2 !== 0) return;
      const first = core.find(
        (x) => x.agencyId === id && x.roundId === round.id && x.status === 'submitted',
      );
      if (!first?.submittedAt) return;
      const levels = new Map(
        m.dimensions.map((d) => [
          d.id,
          clamp(0.4 + 0.25 * spec.standing + random.normal(0.1), 0.02, 0.98),
        ]),
      );
      const startDay = random.int(2, 10);
      const minute = 9 * 60 + random.int(0, 300);
      const day = first.submittedAt.slice(0, 10);
      const at = (n: number) => isoAt(day, startDay * DAY + minute + 2 * n);
      const answers = respondentAnswers(m, { level: (d) => levels.get(d) ?? 0.4, at }, random);
      const last = Object.values(answers).at(-1)?.at ?? at(0);
      const submittedAt = isoAt(last.slice(0, 10), DAY + 10 * 60 + random.int(0, 300));
      out.push({
        id: random.uuid(),
        agencyId: id,
        roundId: round.id,
        questionnaire: { id: m.id, version: m.version },
        respondent: { ...first.respondent },
        status: 'submitted',
        answers,
        revision: 3,
        createdAt: isoAt(day, startDay * DAY + minute - 5),
        updatedAt: submittedAt,
        submittedAt,
        history: [],
        demo: true,
      });
    });
  });
  return out;
}
