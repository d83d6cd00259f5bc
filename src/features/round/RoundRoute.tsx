import type { ReactNode } from 'react';
import { useParams } from 'wouter';
import { Loading, NotFound } from '@/components/PageStates';
import type { RoundView } from '@/domain/round/types';
import { useQuestionnaireParam } from '@/hooks/useQuestionnaireParam';
import { useI18n } from '@/i18n/I18nProvider';
import { useRoundView } from './useRoundView';

/**
 * The round of the route's `:roundId`, for a screen of it: loading, then not found or the
 * screen. `?q=` picks one of the round's modules instead of its core questionnaire.
 */
export function RoundRoute({ children }: { children: (view: RoundView) => ReactNode }) {
  const { roundId = '' } = useParams();
  const { t } = useI18n();
  const { requested } = useQuestionnaireParam();
  const view = useRoundView(roundId, requested ?? undefined);
  if (view === undefined) return <Loading />;
  if (view === null) return <NotFound message={t('round.notFound')} />;
  return children(view);
}
