import type { Summary } from '@/domain/statistics/describe';
import { cvBand } from '@/domain/statistics/bands';
import { useI18n } from '@/i18n/I18nProvider';
import type { PresentFormat } from './usePresentFormat';

/** Mean, spread, inequality and the share below target of one area, large enough for a room. */
export function KeyFigures(props: {
  summary: Summary;
  target: number | undefined;
  format: PresentFormat;
}) {
  const { summary: s, target, format } = props;
  const { t } = useI18n();
  const band = cvBand(s.cv);
  const figures: [string, string][] = [
    [t('present.n'), String(s.n)],
    [t('present.mean'), format.points(s.mean)],
    [t('present.sd'), format.points(s.sd)],
    [
      t('present.cv'),
      band
        ? t('present.cvWithBand', { cv: format.ratio(s.cv), band: t(`round.cvBand.${band}`) })
        : format.ratio(s.cv),
    ],
    [t('present.gini'), format.ratio(s.gini)],
    [t('present.target'), target === undefined ? t('present.noTarget') : format.points(target)],
    [t('present.below'), target === undefined ? '—' : format.share(s.shareBelowTarget)],
  ];
  return (
    <dl className="key-figures">
      {figures.map(([term, value]) => (
        <div key={term} className="key-figures__item">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
