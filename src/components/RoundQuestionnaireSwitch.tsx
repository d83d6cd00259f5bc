import { QuestionnaireSwitch } from './QuestionnaireSwitch';
import type { RoundView } from '@/domain/round/types';
import { useQuestionnaireParam } from '@/hooks/useQuestionnaireParam';
import { useRoundQuestionnaires } from '@/hooks/useRoundQuestionnaires';

/** The core / module switch of a round's screens (round, targets, comparison), kept in the address as `?q=`. */
export function RoundQuestionnaireSwitch({ view }: { view: RoundView }) {
  const choices = useRoundQuestionnaires(view.round.id);
  const { requested, hrefFor } = useQuestionnaireParam();
  if (!choices) return null;
  return (
    <QuestionnaireSwitch
      choices={choices}
      shownId={view.questionnaire.id}
      requestedId={requested}
      hrefFor={hrefFor}
    />
  );
}
