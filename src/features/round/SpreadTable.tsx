import type { SpreadRow } from '@/domain/round/fragmentation';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { AreaHeader } from './AreaHeader';
import type { RoundFormat } from './useRoundFormat';

/** The columns after the area, in order. */
const SPREAD_COLUMNS = [
  'round.agencies',
  'round.mean',
  'round.sd',
  'round.cv',
  'round.cvBandColumn',
  'round.gini',
  'round.range',
  'round.iqr',
  'round.shareBelow',
] as const;

/**
 * Spread across agencies per area and overall: the round screen's table, and in `print` the
 * round report's, compact and kept whole on one page. The caller wraps it in its scroll box.
 */
export function SpreadTable(props: {
  view: RoundView;
  format: RoundFormat;
  rows: readonly SpreadRow[];
  captionId: string;
  print?: boolean;
}) {
  const { view, format, rows } = props;
  const { t } = useI18n();
  return (
    <table
      className={
        props.print
          ? 'data-table report-table report-table--compact report-table--whole'
          : 'data-table'
      }
    >
      <caption id={props.captionId}>{t('round.spreadCaption')}</caption>
      <thead>
        <tr>
          {['round.area' as const, ...SPREAD_COLUMNS].map((key) => (
            <th key={key} scope="col">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ dimensionId, summary: s, band }) => (
          <tr key={dimensionId ?? 'overall'}>
            <AreaHeader view={view} format={format} dimensionId={dimensionId} />
            {[
              s?.n ?? 0,
              format.points(s?.mean),
              format.points(s?.sd),
              format.ratio(s?.cv),
              band ? t(`round.cvBand.${band}`) : '—',
              format.ratio(s?.gini),
              format.points(s?.range),
              format.points(s?.iqr),
              format.share(s?.shareBelowTarget),
            ].map((cell, i) => (
              <td key={SPREAD_COLUMNS[i]}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
