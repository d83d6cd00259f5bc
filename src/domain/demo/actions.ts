/**
 * A few action plans on the baseline round, so the follow-up's results show what was planned
 * and what moved. Chosen from the agencies' baseline results (their two weakest areas below
 * the target), with statuses that fit each agency's course: a body that rose mostly finished
 * its actions, one that fell back mostly did not. Invented, in English, like the notes.
 */
import type { Questionnaire } from '../questionnaire/types';
import type { Action, ActionStatus, Assessment, Round } from '../records';
import { combineRespondents } from '../statistics/respondents';
import type { DemoAgencySpec } from './plan';
import type { Random } from './random';

/** The bodies that kept an action plan in the baseline round. */
export const DEMO_ACTION_AGENCIES = ['digital', 'justice', 'health', 'culture', 'local', 'tax'];

const WHAT: Record<string, readonly string[]> = {
  leadership: [
    'Approve a digital transformation plan with yearly KPIs',
    'Name a deputy head responsible for digital work',
  ],
  'internal-processes': [
    'Move all incoming and outgoing letters to the document management system',
    'Keep personnel records in the HR information system instead of Excel files',
  ],
  'infrastructure-security': [
    'Set up nightly backups to the state data centre and test a restore',
    'Adopt an information security policy and keep an incident log',
  ],
  interoperability: [
    'Connect the agency register to Tunduk and publish two data services',
    'Stop asking citizens for certificates other agencies already hold',
  ],
  'e-services': [
    'Put the three most requested services on the state portal with e-payment',
    'Accept applications signed with the electronic signature',
  ],
  'user-centricity': [
    'Offer every online form in Kyrgyz and Russian and test it on phones',
    'Survey service users twice a year and publish what changed',
  ],
  'data-governance': [
    'Make an inventory of the agency’s data sets and name an owner for each',
    'Publish five data sets on the open data portal',
  ],
  'transparency-participation': [
    'Publish draft regulations online for public comment',
    'Answer online complaints within ten working days and report the figures',
  ],
  'digital-skills': [
    'Train all heads of department in e-document workflow',
    'Hire a second system administrator',
  ],
};
const FALLBACK = ['Agree the first steps to close the gap in this area'];

const WHO = [
  'Head of the IT unit',
  'Deputy head of the agency',
  'Head of the HR department',
  'Head of the public services department',
  'Chief of staff',
];

/** Rising bodies mostly finished; a body that fell back mostly did not. */
const RISING: ActionStatus[] = ['done', 'inProgress', 'done', 'planned'];
const FALLING: ActionStatus[] = ['dropped', 'planned', 'inProgress', 'dropped'];

const DAY_MS = 24 * 60 * 60 * 1000;
const shiftDay = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const at = (date: string, hour: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + hour * 60 * 60 * 1000).toISOString();

export interface DemoActionInput {
  q: Questionnaire;
  specs: readonly DemoAgencySpec[];
  agencyId: (key: string) => string;
  /** Every generated assessment; the baseline's submitted ones give the scores. */
  assessments: readonly Assessment[];
  baseline: Round;
  /** The next round, whose start the actions' progress is dated before. */
  followUp: Round;
  random: Random;
}

export function demoActions(input: DemoActionInput): Action[] {
  const { q, baseline, followUp, random } = input;
  const out: Action[] = [];
  input.specs.forEach((spec, index) => {
    if (!DEMO_ACTION_AGENCIES.includes(spec.key) || spec.absentIn?.includes(0)) return;
    const agencyId = input.agencyId(spec.key);
    const submitted = input.assessments.filter(
      (a) =>
        a.agencyId === agencyId &&
        a.roundId === baseline.id &&
        a.status === 'submitted' &&
        a.questionnaire.id === q.id,
    );
    if (submitted.length === 0) return;
    const targets = baseline.targets[q.id] ?? {};
    const { score } = combineRespondents(
      q,
      submitted.map((a) => ({ role: a.respondent.role, answers: a.answers })),
      targets,
    );
    // The two weakest areas below their target; a leader may have fewer.
    const weakest = score.dimensions
      .flatMap((d) =>
        d.score !== null && (d.gap ?? 0) > 0 ? [{ id: d.dimensionId, score: d.score }] : [],
      )
      .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
      .slice(0, 2);
    const statuses = spec.trend >= 0 ? RISING : FALLING;
    let n = 0;
    for (const dimension of weakest) {
      const texts = WHAT[dimension.id] ?? FALLBACK;
      for (const what of texts) {
        const status = statuses[n % statuses.length] ?? 'planned';
        const createdAt = at(shiftDay(baseline.period.end, 3 + n), 10);
        const moved = status !== 'planned';
        out.push({
          id: random.uuid(),
          agencyId,
          roundId: baseline.id,
          questionnaireId: q.id,
          dimensionId: dimension.id,
          what,
          who: WHO[(index + n) % WHO.length] ?? WHO[0] ?? '',
          due: shiftDay(baseline.period.end, 90 + 60 * n),
          status,
          createdAt,
          updatedAt: moved ? at(shiftDay(followUp.period.start, -10 - n), 15) : createdAt,
          revision: moved ? 2 : 1,
          demo: true,
        });
        n += 1;
      }
    }
  });
  return out;
}
