import { useMemo, type Ref } from 'react';
import { presentationSummary } from '@/domain/presentation/summary';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { SlideHeading } from './SlideHeading';
import type { PresentFormat } from './usePresentFormat';

/** Where the round is furthest from its targets, and where agencies differ most. */
export function SummarySlide({
  ref,
  ...props
}: {
  view: RoundView;
  format: PresentFormat;
  threshold: number;
  ref: Ref<HTMLHeadingElement>;
}) {
  const { view, format, threshold } = props;
  const { t } = useI18n();
  const summary = useMemo(() => presentationSummary(view, threshold), [view, threshold]);
  const anyTarget = Object.keys(view.targets).length > 0;

  return (
    <div className="slide slide--summary">
      <SlideHeading ref={ref}>{t('present.summaryTitle')}</SlideHeading>
      <div className="summary-grid">
        <section aria-labelledby="summary-gaps">
          <h2 id="summary-gaps">{t('present.gapsTitle')}</h2>
          {!anyTarget ? (
            <p>{t('present.noTargets')}</p>
          ) : summary.gaps.length === 0 ? (
            <p>{t('present.noGaps')}</p>
          ) : (
            <ol className="summary-list">
              {summary.gaps.map((g) => (
                <li key={g.dimensionId}>
                  <strong>{format.area(g.dimensionId)}</strong>
                  <span>
                    {t('present.gapItem', {
                      gap: format.points(g.meanGap),
                      target: format.points(g.target),
                      below: g.below,
                      count: g.scored,
                    })}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="summary-uneven">
          <h2 id="summary-uneven">{t('present.unevenTitle')}</h2>
          {summary.uneven.length === 0 ? (
            <p>{t('present.noUneven')}</p>
          ) : (
            <ol className="summary-list">
              {summary.uneven.map((u) => (
                <li key={u.dimensionId}>
                  <strong>{format.area(u.dimensionId)}</strong>
                  <span>
                    {t('present.unevenItem', {
                      cv: format.ratio(u.cv),
                      band: t(`round.cvBand.${u.band}`),
                      min: format.points(u.min),
                      max: format.points(u.max),
                    })}
                  </span>
                </li>
              ))}
            </ol>
          )}
          <p className="slide__note">{t('round.cvHeuristic')}</p>
        </section>
      </div>
      {summary.hidden > 0 ? (
        <p className="hidden-figure">
          {t('present.summaryHidden', { areas: summary.hidden, count: threshold })}
        </p>
      ) : null}
    </div>
  );
}
