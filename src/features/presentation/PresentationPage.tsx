import { useParams } from 'wouter';
import { Loading, NotFound } from '@/components/PageStates';
import { usePrivateRoundView } from '@/hooks/usePrivateRoundView';
import { useI18n } from '@/i18n/I18nProvider';
import { Presentation } from './Presentation';

/** `rounds/:roundId/present`: the round as slides, outside the app's header and footer. */
export function PresentationPage() {
  const { roundId = '' } = useParams();
  const { t } = useI18n();
  // The small-group rule always applies here: a whole room sees the screen.
  const { view, hideNames, threshold } = usePrivateRoundView(roundId, { smallGroups: 'always' });
  if (view === undefined) return <Loading />;
  if (view === null) {
    return (
      <main>
        <NotFound message={t('round.notFound')} />
      </main>
    );
  }
  return <Presentation view={view} hideNames={hideNames} threshold={threshold} />;
}
