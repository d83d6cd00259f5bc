import { useId, useMemo } from 'react';
import { spreadRows } from '@/domain/round/fragmentation';
import { fragmentationReading } from '@/domain/round/reading';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { CsvButton } from './CsvButton';
import { FragmentationReading } from './FragmentationReading';
import { ImbalanceTable } from './ImbalanceTable';
import { SpreadTable } from './SpreadTable';
import type { RoundFormat } from './useRoundFormat';

/** Spread across agencies per area and overall, read in words, and imbalance within agencies. */
export function FragmentationSection({ view, format }: { view: RoundView; format: RoundFormat }) {
  const { t } = useI18n();
  const headingId = useId();
  const captionId = useId();
  const rows = useMemo(() => spreadRows(view), [view]);
  const reading = useMemo(() => fragmentationReading(view.statistics), [view]);

  const csv = () => ({
    header: [
      t('round.area'),
      t('round.agencies'),
      t('round.mean'),
      t('round.sd'),
      t('round.cv'),
      t('round.cvBandColumn'),
      t('round.gini'),
      t('round.range'),
      t('round.iqr'),
      t('round.target'),
      t('round.shareBelow'),
    ],
    rows: rows.map(({ dimensionId, summary: s, target, band: b }) => [
      format.area(dimensionId),
      s?.n ?? 0,
      format.csvPoints(s?.mean),
      format.csvPoints(s?.sd),
      format.csvRatio(s?.cv),
      b ? t(`round.cvBand.${b}`) : null,
      format.csvRatio(s?.gini),
      format.csvPoints(s?.range),
      format.csvPoints(s?.iqr),
      format.csvPoints(target),
      format.csvPoints(s?.shareBelowTarget),
    ]),
  });

  return (
    <section id="fragmentation" aria-labelledby={headingId} className="round-section">
      <h2 id={headingId}>{t('round.fragmentationTitle')}</h2>
      <FragmentationReading reading={reading} format={format} />
      <div className="round-toolbar">
        <CsvButton
          table={t('round.spreadCaption')}
          fileParts={[view.round.name, 'fragmentation']}
          build={csv}
        />
      </div>
      {/* Wider than the page in Kyrgyz: a named region that takes focus for keyboard scrolling. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <SpreadTable view={view} format={format} rows={rows} captionId={captionId} />
      </div>
      <p className="hint">{t('round.cvHeuristic')}</p>
      <p className="hint">{t('round.spreadNotes')}</p>
      <ImbalanceTable view={view} format={format} />
    </section>
  );
}
