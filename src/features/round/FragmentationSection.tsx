import { useId, useMemo } from 'react';
import { spreadRows } from '@/domain/round/fragmentation';
import { fragmentationReading } from '@/domain/round/reading';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { CsvButton } from './CsvButton';
import { FragmentationReading } from './FragmentationReading';
import { HiddenNote } from './HiddenNote';
import { ImbalanceTable } from './ImbalanceTable';
import type { RoundFormat } from './useRoundFormat';

/** Spread across agencies per area and overall, read in words, and imbalance within agencies. */
export function FragmentationSection({ view, format }: { view: RoundView; format: RoundFormat }) {
  const { t } = useI18n();
  const headingId = useId();
  const captionId = useId();
  const rows = useMemo(() => spreadRows(view), [view]);
  const reading = useMemo(() => fragmentationReading(view.statistics), [view]);
  const band = (b: (typeof rows)[number]['band']) => (b ? t(`round.cvBand.${b}`) : '—');

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
        <table className="data-table">
          <caption id={captionId}>{t('round.spreadCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('round.area')}</th>
              <th scope="col">{t('round.agencies')}</th>
              <th scope="col">{t('round.mean')}</th>
              <th scope="col">{t('round.sd')}</th>
              <th scope="col">{t('round.cv')}</th>
              <th scope="col">{t('round.cvBandColumn')}</th>
              <th scope="col">{t('round.gini')}</th>
              <th scope="col">{t('round.range')}</th>
              <th scope="col">{t('round.iqr')}</th>
              <th scope="col">{t('round.shareBelow')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ dimensionId, summary: s, band: b }) => (
              <tr key={dimensionId ?? 'overall'}>
                <th scope="row">
                  {format.area(dimensionId)}
                  <HiddenNote view={view} dimensionId={dimensionId} />
                </th>
                <td>{s?.n ?? 0}</td>
                <td>{format.points(s?.mean)}</td>
                <td>{format.points(s?.sd)}</td>
                <td>{format.ratio(s?.cv)}</td>
                <td>{band(b)}</td>
                <td>{format.ratio(s?.gini)}</td>
                <td>{format.points(s?.range)}</td>
                <td>{format.points(s?.iqr)}</td>
                <td>{format.share(s?.shareBelowTarget)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('round.cvHeuristic')}</p>
      <p className="hint">{t('round.spreadNotes')}</p>
      <ImbalanceTable view={view} format={format} />
    </section>
  );
}
