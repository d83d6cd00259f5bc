import type { StoredQuestionnaire } from '@/db/db';
import type { StartInput } from '@/db/start';
import type { Agency, AgencyKind, RespondentRole, Round } from '@/domain/records';

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
  };
  respondent: { name: string; role: RespondentRole };
}

export interface StartData {
  agencies: Agency[];
  rounds: Round[];
  /** Core questionnaires on this device, at least one. */
  questionnaires: StoredQuestionnaire[];
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
    },
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
): StartInput {
  const newRound = values.roundChoice === 'new';
  const chosen = questionnaires.find((q) => `${q.id}@${q.version}` === values.round.questionnaire);
  const round: StartInput['round'] =
    newRound && chosen
      ? {
          create: {
            name: values.round.name,
            period: { start: values.round.start, end: values.round.end },
            questionnaires: [{ id: chosen.id, version: chosen.version }],
            targets: {
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
    // An existing round is answered on its core questionnaire, the first it lists.
    questionnaire: newRound
      ? { id: chosen?.id ?? '', version: chosen?.version ?? '' }
      : (rounds.find((r) => r.id === values.roundChoice)?.questionnaires[0] ?? {
          id: '',
          version: '',
        }),
    respondent: { name: values.respondent.name, role: values.respondent.role },
  };
}
