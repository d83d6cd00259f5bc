import { memo } from 'react';
import { heatStep, type HeatmapRow } from '@/domain/round/heatmap';
import { band } from '@/domain/scoring/bands';
import { useI18n } from '@/i18n/I18nProvider';
import { DemoTag } from './DemoBanner';
import { agencyPath } from './paths';
import type { RoundFormat } from './useRoundFormat';

/** One coloured cell: the number and band letter in text, the colour from the scale. */
export function HeatCell({ score, format }: { score: number | null; format: RoundFormat }) {
  const { t } = useI18n();
  if (score === null) {
    return (
      <td className="heat heat--none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('round.noScore')}</span>
      </td>
    );
  }
  const step = heatStep(score);
  return (
    <td className="heat" style={{ background: step.background, color: step.text }}>
      {format.points(score)} <span className="heat__band">{band(score)}</span>
    </td>
  );
}

/**
 * One agency's row. Memoised on the row object, so re-sorting 300 agencies moves rows
 * without rendering their cells again.
 */
export const HeatRow = memo(function HeatRow(props: {
  roundId: string;
  /** `?q=<module>` when the heatmap shows a module, so the agency's page shows it too. */
  query?: string;
  row: HeatmapRow;
  dimensionIds: readonly string[];
  format: RoundFormat;
}) {
  const { roundId, row, dimensionIds, format } = props;
  return (
    <tr>
      <th scope="row">
        {/* A plain anchor: RoundScreen routes the click (useInAppLinks), 300 Links cost too much. */}
        <a href={`${agencyPath(roundId, row.agencyId)}${props.query ?? ''}`}>{row.name}</a>
        {row.demo ? <DemoTag /> : null}
      </th>
      {dimensionIds.map((id) => (
        <HeatCell key={id} score={row.dimensions[id] ?? null} format={format} />
      ))}
      <HeatCell score={row.overall} format={format} />
    </tr>
  );
});
