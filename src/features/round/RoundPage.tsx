import { useParams } from 'react-router';
import { Loading, NotFound } from '@/components/PageStates';
import { useQuestionnaireParam } from '@/hooks/useQuestionnaireParam';
import { useI18n } from '@/i18n/I18nProvider';
import { RoundScreen } from './RoundScreen';
import { useRoundView } from './useRoundView';

export function RoundPage() {
  const { roundId = '' } = useParams();
  const { t } = useI18n();
  // `?q=` shows one of the round's modules instead of its core questionnaire.
  const { requested } = useQuestionnaireParam();
  const view = useRoundView(roundId, requested ?? undefined);
  if (view === undefined) return <Loading />;
  if (view === null) return <NotFound message={t('round.notFound')} />;
  // A fresh screen per questionnaire: a sort or filter on one's areas means nothing on another's.
  return <RoundScreen key={view.questionnaire.id} view={view} />;
}
