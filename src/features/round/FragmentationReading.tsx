import type { FragmentationReading as Reading, SpreadFacts } from '@/domain/round/reading';
import { useI18n } from '@/i18n/I18nProvider';
import type { RoundFormat } from './useRoundFormat';

/** The fragmentation figures in a sentence or two, worded from the structured reading. */
export function FragmentationReading({
  reading,
  format,
}: {
  reading: Reading;
  format: RoundFormat;
}) {
  const { t } = useI18n();
  const params = (f: SpreadFacts) => ({
    area: format.area(f.dimensionId),
    min: format.points(f.min),
    max: format.points(f.max),
    cv: format.ratio(f.cv),
    band: t(`round.cvBand.${f.band}`),
  });
  return (
    <div className="reading" role="note" aria-label={t('round.readingLabel')}>
      {reading.kind === 'tooFew' ? (
        <p>{t('round.readingTooFew', { count: reading.agencies })}</p>
      ) : reading.kind === 'level' ? (
        <p>{t('round.readingLevel', { count: reading.agencies })}</p>
      ) : (
        <>
          <p>
            <strong>{t('round.readingMostUneven', params(reading.mostUneven))}</strong>
            {reading.mostEven ? ` ${t('round.readingMostEven', params(reading.mostEven))}` : ''}
          </p>
          <p className="hint">{t('round.readingBasis', { count: reading.agencies })}</p>
        </>
      )}
    </div>
  );
}
