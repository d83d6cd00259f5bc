import { useMemo } from 'react';
import { ChartFigure } from '@/components/ChartFigure';
import { ScoreRadar, type RadarSeries } from '@/components/ScoreRadar';
import { radarData, radarKey } from '@/domain/compare/comparison';
import type { AgencyRow, RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { DemoTag } from './DemoNote';
import { seriesStyle, TARGET_STYLE, type SeriesStyle } from './series';
import type { CompareFormat } from './useCompareFormat';

function Swatch({ style }: { style: SeriesStyle }) {
  return (
    <svg className="compare-legend__swatch" viewBox="0 0 40 12" aria-hidden="true">
      <line
        x1="0"
        y1="6"
        x2="40"
        y2="6"
        stroke={style.colour}
        strokeWidth="3"
        strokeDasharray={style.dash}
      />
    </svg>
  );
}

/** The chosen agencies' scores per area, one outline each, over the round's target. */
export function CompareRadar(props: { view: RoundView; rows: AgencyRow[]; format: CompareFormat }) {
  const { view, rows, format } = props;
  const { t } = useI18n();
  const ids = useMemo(() => rows.map((r) => r.agency.id), [rows]);
  const data = useMemo(
    () => radarData(view, ids).map((d) => ({ ...d, label: format.area(d.dimensionId) })),
    [view, ids, format],
  );
  const hasTarget = data.some((d) => d.target !== null);
  const description = [
    t('compare.radarAgencies', { names: rows.map((r) => r.agency.name).join('; ') }),
    hasTarget ? t('compare.radarTarget') : '',
    t('compare.radarTable'),
  ]
    .filter(Boolean)
    .join(' ');
  const series: RadarSeries[] = [
    ...(hasTarget
      ? [{ dataKey: 'target', name: t('compare.target'), ...TARGET_STYLE, strokeWidth: 2 }]
      : []),
    ...rows.map((row, i) => ({
      dataKey: radarKey(i),
      name: row.agency.name,
      ...seriesStyle(i),
      strokeWidth: 2.5,
      fill: 0.06,
    })),
  ];

  return (
    <div className="compare-chart">
      <ChartFigure title={t('compare.radarTitle')} description={description}>
        <ScoreRadar data={data} series={series} size={{ height: 460, outerRadius: '68%' }} />
      </ChartFigure>
      {/* The legend is text outside the drawing, so it is read, zoomed and printed as text. */}
      <p className="compare-legend__title">{t('compare.legendTitle')}</p>
      <ul className="compare-legend">
        {rows.map((row, i) => (
          <li key={row.agency.id}>
            <Swatch style={seriesStyle(i)} /> {row.agency.name}
            {row.agency.demo ? <DemoTag /> : null}
          </li>
        ))}
        {hasTarget ? (
          <li>
            <Swatch style={TARGET_STYLE} /> {t('compare.target')}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
