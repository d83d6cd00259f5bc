import { useLiveQuery } from 'dexie-react-hooks';
import { listRoundQuestionnaires } from '@/db/modules';
import type { QuestionnaireChoice } from '@/components/QuestionnaireSwitch';

/**
 * The round's questionnaires stored on this device, core first, for the questionnaire
 * switch; `undefined` while loading, empty when the round does not exist.
 */
export function useRoundQuestionnaires(roundId: string): QuestionnaireChoice[] | undefined {
  return useLiveQuery(async () => {
    const list = await listRoundQuestionnaires(roundId);
    return (list ?? []).flatMap((q) =>
      q.stored ? [{ id: q.ref.id, title: q.stored.content.title, core: q.core }] : [],
    );
  }, [roundId]);
}
