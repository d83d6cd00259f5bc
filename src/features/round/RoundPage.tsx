import { useParams } from 'react-router';
import { Loading, NotFound } from '@/components/PageStates';
import { useI18n } from '@/i18n/I18nProvider';
import { RoundScreen } from './RoundScreen';
import { useRoundView } from './useRoundView';

export function RoundPage() {
  const { roundId = '' } = useParams();
  const { t } = useI18n();
  const view = useRoundView(roundId);
  if (view === undefined) return <Loading />;
  if (view === null) return <NotFound message={t('round.notFound')} />;
  return <RoundScreen view={view} />;
}
