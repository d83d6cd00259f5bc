import { useCallback, useId, useMemo } from 'react';
import type { TrendScreen } from '@/db/compare-queries';
import { trendHighlights } from '@/domain/compare/trend-table';
import type { AgencyTrend } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { ChangeText } from './ChangeText';
import { DemoTag } from './DemoNote';
import { TrendTable } from './TrendTable';
import { useCompareFormat, type CompareFormat } from './useCompareFormat';
import { VersionNotice } from './VersionNotice';

export interface TrendNames {
  name: (agencyId: string) => string;
  demo: (agencyId: string) => boolean;
  compare: (a: AgencyTrend, b: AgencyTrend) => number;
}

function Highlights(props: {
  title: string;
  empty: string;
  trends: AgencyTrend[];
  names: TrendNames;
  format: CompareFormat;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const { names, format } = props;
  return (
    <section className="trend-highlight" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      {props.trends.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <ol>
          {props.trends.map((trend) => (
            <li key={trend.agencyId}>
              <strong>{names.name(trend.agencyId)}</strong>
              {names.demo(trend.agencyId) ? <DemoTag /> : null}:{' '}
              <ChangeText
                change={format.change(trend.overall.change)}
                template={(change) =>
                  t('trends.highlight', {
                    change,
                    before: format.points(trend.overall.before),
                    after: format.points(trend.overall.after),
                  })
                }
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** What changed between the two rounds: the version notice, who rose and fell, and the table. */
export function TrendReport({ screen }: { screen: TrendScreen }) {
  const { t, locale } = useI18n();
  const { trend, agencies } = screen;
  const format = useCompareFormat(screen.laterQuestionnaire);
  const collator = useMemo(
    () => new Intl.Collator([locale, 'ru', 'en'], { numeric: true }),
    [locale],
  );
  const name = useCallback((id: string) => agencies.get(id)?.name ?? id, [agencies]);
  const names = useMemo<TrendNames>(
    () => ({
      name,
      demo: (id) => agencies.get(id)?.demo === true,
      compare: (a, b) => collator.compare(name(a.agencyId), name(b.agencyId)),
    }),
    [agencies, collator, name],
  );
  const highlights = useMemo(
    () => trendHighlights(trend.agencies, names.compare),
    [trend.agencies, names],
  );

  return (
    <>
      <VersionNotice screen={screen} />
      {trend.agencies.length === 0 ? (
        <p className="notice">{t('trends.noAgencies')}</p>
      ) : (
        <>
          <p>{t('trends.basis', { count: trend.agencies.length })}</p>
          <div className="trend-highlights">
            <Highlights
              title={t('trends.improvedTitle')}
              empty={t('trends.noneImproved')}
              trends={highlights.improved}
              names={names}
              format={format}
            />
            <Highlights
              title={t('trends.fellBackTitle')}
              empty={t('trends.noneFellBack')}
              trends={highlights.fellBack}
              names={names}
              format={format}
            />
          </div>
          <TrendTable screen={screen} names={names} format={format} />
        </>
      )}
    </>
  );
}
