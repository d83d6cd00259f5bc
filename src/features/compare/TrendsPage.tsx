import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'wouter';
import { Loading } from '@/components/PageStates';
import { loadTrendScreen } from '@/db/compare-queries';
import { listRounds } from '@/db/rounds';
import { defaultRoundPair } from '@/domain/compare/trend-table';
import type { Round } from '@/domain/records';
import { usePrivateAgencies } from '@/hooks/usePrivateRoundView';
import { useI18n } from '@/i18n/I18nProvider';
import { DemoBanner } from './DemoNote';
import { RoundPairPicker } from './RoundPairPicker';
import { TrendReport } from './TrendReport';
import './compare.css';

/** Change per agency between two rounds; the rounds are kept in `?from=…&to=…`. */
export function TrendsPage() {
  const { t } = useI18n();
  const rounds = useLiveQuery(listRounds);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="page compare trends">
      <p className="compare__crumbs">
        <Link to="/rounds">{t('rounds.title')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('trends.title')}
      </h1>
      <p>{t('trends.intro')}</p>
      {rounds === undefined ? (
        <Loading />
      ) : rounds.length < 2 ? (
        <p className="notice">{t('trends.needTwo', { count: rounds.length })}</p>
      ) : (
        <TrendsChooser rounds={rounds} />
      )}
    </div>
  );
}

function TrendsChooser({ rounds }: { rounds: Round[] }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const known = useMemo(() => new Set(rounds.map((r) => r.id)), [rounds]);
  const fallback = defaultRoundPair(rounds);
  const pick = (name: 'from' | 'to', otherwise: string | undefined) => {
    const id = params.get(name);
    return id !== null && known.has(id) ? id : (otherwise ?? '');
  };
  const earlier = pick('from', fallback?.earlier);
  const later = pick('to', fallback?.later);
  const stored = useLiveQuery(
    () => (earlier !== later ? loadTrendScreen(earlier, later) : null),
    [earlier, later],
  );
  // Under "hide agency names", the agencies go by the letters of the round screens.
  const screen = usePrivateAgencies(stored);
  const demo = rounds.some((r) => r.demo === true && (r.id === earlier || r.id === later));

  const choose = (name: 'from' | 'to', id: string) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        out.set('from', earlier);
        out.set('to', later);
        out.set(name, id);
        return out;
      },
      { replace: true },
    );

  return (
    <>
      {demo ? <DemoBanner /> : null}
      <RoundPairPicker rounds={rounds} earlier={earlier} later={later} onChoose={choose} />
      {earlier === later ? (
        <p className="notice notice--warning">{t('trends.sameRound')}</p>
      ) : screen === undefined ? (
        <Loading />
      ) : screen === null ? (
        <p className="notice notice--error">{t('trends.notReadable')}</p>
      ) : (
        <TrendReport screen={screen} />
      )}
    </>
  );
}
