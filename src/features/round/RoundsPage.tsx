import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { Loading } from '@/components/PageStates';
import { listRoundSummaries } from '@/db/round-queries';
import { useI18n } from '@/i18n/I18nProvider';
import { DemoTag } from './DemoBanner';
import { roundPath, trendsPath } from './paths';
import './round.css';

/** Every round on this device, newest first, with how many agencies took part. */
export function RoundsPage() {
  const { t, formatDateTime } = useI18n();
  const summaries = useLiveQuery(listRoundSummaries);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const date = (day: string) =>
    formatDateTime(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });

  return (
    <div className="page rounds">
      <h1 ref={heading} tabIndex={-1}>
        {t('rounds.title')}
      </h1>
      <p className="lead">{t('rounds.intro')}</p>
      {summaries !== undefined && summaries.length >= 2 ? (
        <p>
          <Link to={trendsPath()}>{t('trends.link')}</Link>
        </p>
      ) : null}
      {summaries === undefined ? (
        <Loading />
      ) : summaries.length === 0 ? (
        <p>{t('rounds.empty')}</p>
      ) : (
        <ul className="round-list">
          {summaries.map(({ round, demo, submitted, draft }) => (
            <li key={round.id}>
              <Link to={roundPath(round.id)}>{round.name}</Link>
              {demo ? <DemoTag /> : null}
              <span className="round-list__meta">
                {t('rounds.period', {
                  start: date(round.period.start),
                  end: date(round.period.end),
                })}
              </span>
              <span className="round-list__meta">
                {t('rounds.agencies', { count: submitted + draft, submitted, draft })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
