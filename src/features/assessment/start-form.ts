import type { StoredQuestionnaire } from '@/db/db';
import type { StartInput } from '@/db/start';
import type { Agency, AgencyKind, RespondentRole, Round } from '@/domain/records';
import { defaultModuleTargets } from '@/domain/round/modules';

export const DEFAULT_TARGET = 60;

export interface StartFormValues {
  agencyChoice: string;
  agency: { name: string; shortName: string; kind: AgencyKind; parentId: string };
  roundChoice: string;
  round: {
    name: string;
    start: string;
    end: string;
    /** `id@version` of the questionnaire. */
    questionnaire: string;
    /** 0–100 per dimension, in questionnaire order, as typed. */
    targets: string[];
    /** Per module offered (`StartData.modules`, newest versions), whether the round adds it. */
    modules: boolean[];
  };
  /** For an existing round: `id@version` of which of its questionnaires to answer. */
  questionnaireChoice: string;
  respondent: { name: string; role: RespondentRole };
}

export interface StartData {
  agencies: Agency[];
  rounds: Round[];
  /** Core questionnaires on this device, at least one. */
  questionnaires: StoredQuestionnaire[];
  /** Module questionnaires on this device, newest version of each id first. */
  modules: StoredQuestionnaire[];
}

export const refKey = (q: { id: string; version: string }) => `${q.id}@${q.version}`;

/** The newest version of each module id: a new round offers only those. */
export function offeredModules(modules: readonly StoredQuestionnaire[]): StoredQuestionnaire[] {
  const seen = new Set<string>();
  return modules.filter((q) => !seen.has(q.id) && (seen.add(q.id), true));
}

/** The stored agency and round come first when there are any; otherwise the "new" fields. */
export function initialStartValues(data: StartData): StartFormValues {
  const first = data.questionnaires[0];
  return {
    agencyChoice: data.agencies[0]?.id ?? 'new',
    agency: { name: '', shortName: '', kind: 'ministry', parentId: '' },
    roundChoice: data.rounds[0]?.id ?? 'new',
    round: {
      name: '',
      start: '',
      end: '',
      questionnaire: first ? `${first.id}@${first.version}` : '',
      targets: first ? first.content.dimensions.map(() => String(DEFAULT_TARGET)) : [],
      modules: offeredModules(data.modules).map(() => false),
    },
    questionnaireChoice: data.rounds[0]?.questionnaires[0]
      ? refKey(data.rounds[0].questionnaires[0])
      : '',
    respondent: { name: '', role: 'leadership' },
  };
}

/** Targets are typed as whole numbers 0–100 and stored as fractions. */
export function parseTarget(raw: string): number | null {
  const trimmed = raw.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= 100 ? value : null;
}

export function toStartInput(
  values: StartFormValues,
  questionnaires: StoredQuestionnaire[],
  rounds: Round[],
  modules: StoredQuestionnaire[] = [],
): StartInput {
  const newRound = values.roundChoice === 'new';
  const chosen = questionnaires.find((q) => `${q.id}@${q.version}` === values.round.questionnaire);
  const addedModules = offeredModules(modules).filter((_, i) => values.round.modules?.[i] === true);
  const round: StartInput['round'] =
    newRound && chosen
      ? {
          create: {
            name: values.round.name,
            period: { start: values.round.start, end: values.round.end },
            questionnaires: [
              { id: chosen.id, version: chosen.version },
              ...addedModules.map((m) => ({ id: m.id, version: m.version })),
            ],
            targets: {
              ...Object.fromEntries(
                addedModules.map((m) => [m.id, defaultModuleTargets(m.content)]),
              ),
              [chosen.id]: Object.fromEntries(
                chosen.content.dimensions.map((d, i) => [
                  d.id,
                  (parseTarget(values.round.targets[i] ?? '') ?? DEFAULT_TARGET) / 100,
                ]),
              ),
            },
          },
        }
      : { id: values.roundChoice };
  return {
    agency:
      values.agencyChoice === 'new'
        ? {
            create: {
              name: values.agency.name,
              shortName: values.agency.shortName,
              kind: values.agency.kind,
              ...(values.agency.parentId ? { parentId: values.agency.parentId } : {}),
            },
          }
        : { id: values.agencyChoice },
    round,
    // A new round is answered on its core questionnaire first (modules are offered after);
    // an existing round on the questionnaire chosen, by default its core, the first it lists.
    questionnaire: newRound
      ? { id: chosen?.id ?? '', version: chosen?.version ?? '' }
      : existingChoice(
          rounds.find((r) => r.id === values.roundChoice),
          values.questionnaireChoice,
        ),
    respondent: { name: values.respondent.name, role: values.respondent.role },
  };
}

function existingChoice(round: Round | undefined, choice: string): { id: string; version: string } {
  const ref = round?.questionnaires.find((q) => refKey(q) === choice) ?? round?.questionnaires[0];
  return ref ? { id: ref.id, version: ref.version } : { id: '', version: '' };
}
