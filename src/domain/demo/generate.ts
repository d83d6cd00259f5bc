/**
 * The demo data set, generated from a seed so the same figures come back every time: the
 * state bodies and rounds of `plan.ts`, each agency's answers drawn around a latent level
 * per dimension (a few leaders, many laggards; interoperability and e-services spread far
 * wider than infrastructure), most rising in the follow-up and a few falling back.
 * Every record carries `demo: true`; times derive from the round periods, never the clock.
 */
import { allItems } from '../questionnaire/access';
import type { Questionnaire } from '../questionnaire/types';
import type { Action, Agency, Assessment, Round } from '../records';
import { demoActions } from './actions';
import { pickDivergent, respondentAnswers } from './answers';
import { moduleAssessments, withModules } from './modules';
import { DEMO_PLAN, type DemoAgencySpec, type DemoPlan } from './plan';
import { createRandom, type Random } from './random';
import { clamp } from './values';

export const DEMO_SEED = 2013;

export interface DemoData {
  agencies: Agency[];
  rounds: Round[];
  assessments: Assessment[];
  /** Action plans on the baseline round (`actions.ts`). */
  actions: Action[];
}

/** Where agencies sit per dimension: the level of an average body, and how far standing moves it. */
const PROFILES: Record<string, { centre: number; spread: number }> = {
  leadership: { centre: 0.45, spread: 0.28 },
  'internal-processes': { centre: 0.45, spread: 0.26 },
  'infrastructure-security': { centre: 0.55, spread: 0.08 },
  interoperability: { centre: 0.33, spread: 0.37 },
  'e-services': { centre: 0.35, spread: 0.37 },
  'user-centricity': { centre: 0.4, spread: 0.24 },
  'data-governance': { centre: 0.38, spread: 0.24 },
  'transparency-participation': { centre: 0.42, spread: 0.22 },
  'digital-skills': { centre: 0.45, spread: 0.2 },
};
const DEFAULT_PROFILE = { centre: 0.42, spread: 0.2 };

/* prettier-ignore */
const NAMES = [
  'Aibek Toktogulov', 'Nurgul Asanova', 'Bakyt Mamytov', 'Aizada Sadykova', 'Chynara Abdyldaeva',
  'Temirlan Osmonov', 'Gulnara Ismailova', 'Erlan Bekov', 'Jyldyz Kadyrova', 'Mirlan Usenov',
  'Asel Zhumabaeva', 'Kubanych Orozbaev', 'Elnura Tashieva', 'Daniyar Kasymov', 'Saltanat Alieva',
];

const DAY = 24 * 60;

/** `date` (yyyy-mm-dd, UTC midnight) plus `minutes`, as an ISO time. */
function isoAt(date: string, minutes: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000).toISOString();
}

/**
 * With `modules`, the follow-up (last) round adds them and about half its agencies answer
 * each (see `./modules`); the core records are the same either way.
 */
export function generateDemoData(
  q: Questionnaire,
  seed = DEMO_SEED,
  modules: readonly Questionnaire[] = [],
): DemoData {
  return generateFromPlan(q, DEMO_PLAN, seed, modules);
}

export function generateFromPlan(
  q: Questionnaire,
  plan: DemoPlan,
  seed: number,
  modules: readonly Questionnaire[] = [],
): DemoData {
  const random = createRandom(seed);
  const first = plan.rounds[0]?.start ?? '2025-01-01';
  const agencyAt = isoAt(first, -21 * DAY + 9 * 60);
  const ids = new Map(plan.agencies.map((spec) => [spec.key, random.uuid()]));
  const idOf = (key: string) => ids.get(key) ?? '';

  const agencies = plan.agencies.map((spec): Agency => ({
    id: idOf(spec.key),
    name: spec.name,
    shortName: spec.shortName,
    kind: spec.kind,
    ...(spec.parent && ids.has(spec.parent) ? { parentId: idOf(spec.parent) } : {}),
    createdAt: agencyAt,
    updatedAt: agencyAt,
    demo: true,
  }));

  const rounds = plan.rounds.map((spec): Round => {
    const at = isoAt(spec.start, -14 * DAY + 9 * 60);
    return {
      id: random.uuid(),
      name: spec.name,
      period: { start: spec.start, end: spec.end },
      questionnaires: [{ id: q.id, version: q.version }],
      targets: { [q.id]: Object.fromEntries(q.dimensions.map((d) => [d.id, spec.target])) },
      createdAt: at,
      updatedAt: at,
      demo: true,
    };
  });

  // Each agency's latent level per dimension in the first round.
  const base = plan.agencies.map((spec) => {
    const levels = new Map<string, number>();
    for (const d of q.dimensions) {
      const { centre, spread } = PROFILES[d.id] ?? DEFAULT_PROFILE;
      levels.set(d.id, centre + spread * spec.standing + random.normal(0.06));
    }
    return levels;
  });

  const assessments: Assessment[] = [];
  rounds.forEach((round, r) => {
    plan.agencies.forEach((spec, a) => {
      if (spec.absentIn?.includes(r)) return;
      const drift = new Map(q.dimensions.map((d) => [d.id, random.normal(0.02)]));
      const level = (dimensionId: string) =>
        clamp(
          (base[a]?.get(dimensionId) ?? 0.4) + spec.trend * r + (drift.get(dimensionId) ?? 0),
          0.02,
          0.98,
        );
      const draft = spec.draftIn?.includes(r) ?? false;
      const context = { q, spec, agencyId: idOf(spec.key), round, draft, level, random };
      assessments.push(...agencyAssessments(context));
    });
  });

  // Drawn from a stream of their own, so the records above never change because of them.
  const [baseline, next] = rounds;
  const actions =
    baseline && next
      ? demoActions({
          q,
          specs: plan.agencies,
          agencyId: idOf,
          assessments,
          baseline,
          followUp: next,
          random: createRandom(seed ^ 0x5eed),
        })
      : [];

  const last = rounds.length - 1;
  const followUp = rounds[last];
  if (modules.length === 0 || !followUp) return { agencies, rounds, assessments, actions };
  const withIds = plan.agencies.map((spec) => ({ spec, id: idOf(spec.key) }));
  return {
    agencies,
    rounds: rounds.map((r, i) =>
      i === last ? withModules(r, modules, plan.rounds[i]?.target ?? 0.6) : r,
    ),
    assessments: [
      ...assessments,
      ...moduleAssessments(followUp, modules, withIds, assessments, seed),
    ],
    actions,
  };
}

interface AgencyRound {
  q: Questionnaire;
  spec: DemoAgencySpec;
  agencyId: string;
  round: Round;
  /** Only the first respondent, part way through. */
  draft: boolean;
  level: (dimensionId: string) => number;
  random: Random;
}

/** One agency's respondents in one round, each answering over a few sittings. */
function agencyAssessments({ q, spec, agencyId, round, draft, level, random }: AgencyRound) {
  const roles = draft ? spec.roles.slice(0, 1) : spec.roles;
  const firstName = random.int(0, NAMES.length - 1);
  const startDay = random.int(3, 30);
  const out: Assessment[] = [];
  roles.forEach((role, index) => {
    const sittings = random.int(2, 4);
    const perSitting = Math.ceil(allItems(q).length / sittings);
    const begin = startDay + index * random.int(1, 8);
    const minute = 9 * 60 + random.int(0, 420);
    const at = (n: number) =>
      isoAt(
        round.period.start,
        (begin + 2 * Math.floor(n / perSitting)) * DAY + minute + 2 * (n % perSitting),
      );
    const primary = out[0];
    const echo = primary && {
      answers: primary.answers,
      role,
      divergent: pickDivergent(q, random, random.int(1, 2)),
    };
    let answers = respondentAnswers(q, { level, at, echo }, random);
    if (draft) {
      const entries = Object.entries(answers);
      answers = Object.fromEntries(
        entries.slice(0, Math.floor(entries.length * (0.35 + 0.4 * random.float()))),
      );
    }
    const times = Object.values(answers).map((answer) => answer.at);
    const created = isoAt(round.period.start, begin * DAY + minute - 5);
    const last = times.at(-1) ?? created;
    const submittedAt = isoAt(last.slice(0, 10), DAY + 10 * 60 + random.int(0, 300));
    out.push({
      id: random.uuid(),
      agencyId,
      roundId: round.id,
      questionnaire: { id: q.id, version: q.version },
      respondent: { name: NAMES[(firstName + index) % NAMES.length] ?? 'Respondent', role },
      status: draft ? 'draft' : 'submitted',
      answers,
      revision: 1 + new Set(times.map((t) => t.slice(0, 10))).size + (draft ? 0 : 1),
      createdAt: created,
      updatedAt: draft ? last : submittedAt,
      ...(draft ? {} : { submittedAt }),
      history: [],
      demo: true,
    });
  });
  return out;
}
