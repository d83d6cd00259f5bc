import { useId } from 'react';
import type { DimensionGap } from '@/domain/report/gaps';
import { toPercent } from '@/domain/scoring/bands';
import { useI18n } from '@/i18n/I18nProvider';

/** The areas below target, most urgent first, each in one sentence. */
export function ReportGaps(props: {
  gaps: DimensionGap[];
  hasTargets: boolean;
  title: (dimensionId: string) => string;
}) {
  const { gaps, hasTargets, title } = props;
  const { t, formatNumber } = useI18n();
  const headingId = useId();
  const points = (value: number) => formatNumber(toPercent(value));
  return (
    <section className="report-section report-section--whole" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('report.gapsTitle')}</h2>
      {!hasTargets ? (
        <p>{t('report.noTargets')}</p>
      ) : gaps.length === 0 ? (
        <p>{t('report.noGaps')}</p>
      ) : (
        <>
          <p className="hint">{t('report.gapsIntro')}</p>
          <ol>
            {gaps.map((d) => (
              <li key={d.dimensionId}>
                {t('report.gapItem', {
                  area: title(d.dimensionId),
                  score: d.score === null ? '—' : points(d.score),
                  target: points(d.target),
                  gap: points(d.gap),
                })}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
