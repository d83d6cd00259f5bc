import { useId, useMemo } from 'react';
import { spreadRows } from '@/domain/round/fragmentation';
import { gapRows, LARGEST_GAPS } from '@/domain/round/gaps';
import type { RoundView } from '@/domain/round/types';
import { DemoTag } from '@/features/round/DemoBanner';
import { HiddenNote } from '@/features/round/HiddenNote';
import { TableScroll } from '@/features/compare/TableScroll';
import type { RoundFormat } from '@/features/round/useRoundFormat';
import { useI18n } from '@/i18n/I18nProvider';

/** Fragmentation across agencies per area and overall: the round screen's figures, on paper. */
export function ReportSpread({ view, format }: { view: RoundView; format: RoundFormat }) {
  const { t } = useI18n();
  const headingId = useId();
  const captionId = useId();
  const rows = useMemo(() => spreadRows(view), [view]);
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('round.fragmentationTitle')}</h2>
      <TableScroll captionId={captionId}>
        <table className="data-table report-table report-table--compact report-table--whole">
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
            {rows.map(({ dimensionId, summary: s, band }) => (
              <tr key={dimensionId ?? 'overall'}>
                <th scope="row">
                  {format.area(dimensionId)}
                  <HiddenNote view={view} dimensionId={dimensionId} />
                </th>
                <td>{s?.n ?? 0}</td>
                <td>{format.points(s?.mean)}</td>
                <td>{format.points(s?.sd)}</td>
                <td>{format.ratio(s?.cv)}</td>
                <td>{band ? t(`round.cvBand.${band}`) : '—'}</td>
                <td>{format.ratio(s?.gini)}</td>
                <td>{format.points(s?.range)}</td>
                <td>{format.points(s?.iqr)}</td>
                <td>{format.share(s?.shareBelowTarget)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="hint">{t('round.cvHeuristic')}</p>
    </section>
  );
}

/** Gaps to target per area and overall, with the agencies furthest below. */
export function ReportRoundGaps({ view, format }: { view: RoundView; format: RoundFormat }) {
  const { t } = useI18n();
  const headingId = useId();
  const captionId = useId();
  const rows = useMemo(() => gapRows(view), [view]);
  const anyTarget = rows.some((r) => r.target !== undefined);
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('round.gapsTitle')}</h2>
      {!anyTarget ? <p>{t('round.noTargets')}</p> : null}
      <TableScroll captionId={captionId}>
        <table className="data-table report-table report-table--compact">
          <caption id={captionId}>{t('round.gapsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('round.area')}</th>
              <th scope="col">{t('round.target')}</th>
              <th scope="col">{t('round.meanGap')}</th>
              <th scope="col">{t('round.belowTarget')}</th>
              <th scope="col">{t('round.largestGaps', { count: LARGEST_GAPS })}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.dimensionId ?? 'overall'}>
                <th scope="row">
                  {format.area(r.dimensionId)}
                  <HiddenNote view={view} dimensionId={r.dimensionId} />
                </th>
                <td>{format.points(r.target)}</td>
                <td>{format.points(r.meanGap)}</td>
                <td>
                  {r.target === undefined
                    ? '—'
                    : t('round.belowOf', { below: r.below, count: r.scored })}
                </td>
                <td className="report-table__text">
                  {r.largest.length === 0
                    ? '—'
                    : r.largest.map((g, i) => (
                        <span key={g.agencyId} className="report-gap">
                          {i > 0 ? '; ' : ''}
                          {g.name}
                          {g.demo ? <DemoTag /> : null}{' '}
                          {t('round.gapValue', { gap: format.points(g.gap) })}
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
