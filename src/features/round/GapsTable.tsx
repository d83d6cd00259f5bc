import { LARGEST_GAPS, type GapRow } from '@/domain/round/gaps';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { AreaHeader } from './AreaHeader';
import { DemoTag } from './DemoBanner';
import type { RoundFormat } from './useRoundFormat';

/** A gap row; `hidden` set where its figures stand on too few agencies (see hideSmallGapRows). */
type ShownGapRow = GapRow & { hidden?: number | null };

/**
 * Gaps to target per area and overall, with the agencies furthest below: the round screen's
 * table, and in `print` the round report's, compact, the agencies on one line. The caller
 * wraps it in its scroll box.
 */
export function GapsTable(props: {
  view: RoundView;
  format: RoundFormat;
  rows: readonly ShownGapRow[];
  captionId?: string;
  print?: boolean;
}) {
  const { view, format, rows, print = false } = props;
  const { t } = useI18n();
  const largest = (r: ShownGapRow) => {
    if (r.largest.length === 0) return '—';
    if (print) {
      return r.largest.map((g, i) => (
        <span key={g.agencyId} className="report-gap">
          {i > 0 ? '; ' : ''}
          {g.name}
          {g.demo ? <DemoTag /> : null} {t('round.gapValue', { gap: format.points(g.gap) })}
        </span>
      ));
    }
    return (
      <ol className="gap-list">
        {r.largest.map((g) => (
          <li key={g.agencyId}>
            {g.name}
            {g.demo ? <DemoTag /> : null}{' '}
            <span className="gap-list__value">
              {t('round.gapValue', { gap: format.points(g.gap) })}
            </span>
          </li>
        ))}
      </ol>
    );
  };
  return (
    <table className={print ? 'data-table report-table report-table--compact' : 'data-table'}>
      <caption id={props.captionId}>{t('round.gapsCaption')}</caption>
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
            <AreaHeader view={view} format={format} dimensionId={r.dimensionId} />
            <td>{format.points(r.target)}</td>
            <td>{format.points(r.meanGap)}</td>
            <td>
              {r.target === undefined || (r.hidden ?? null) !== null
                ? '—'
                : t('round.belowOf', { below: r.below, count: r.scored })}
            </td>
            <td className={print ? 'report-table__text' : undefined}>{largest(r)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
