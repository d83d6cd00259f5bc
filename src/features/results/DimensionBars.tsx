import {
  Bar,
  CartesianGrid,
  ComposedChart,
  ResponsiveContainer,
  Scatter,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '@/i18n/I18nProvider';
import { CHART_COLOURS, ChartFigure } from '@/components/ChartFigure';
import type { ResultRow } from './result-rows';

/** A vertical tick drawn at the target of each dimension. */
function TargetMark(props: { cx?: number; cy?: number }) {
  const { cx, cy } = props;
  if (cx === undefined || cy === undefined) return null;
  return <rect x={cx - 2} y={cy - 13} width={4} height={26} fill={CHART_COLOURS.target} />;
}

export function DimensionBars({ rows, hasTargets }: { rows: ResultRow[]; hasTargets: boolean }) {
  const { t } = useI18n();
  const data = rows.map((r) => ({ label: r.label, score: r.score ?? 0, target: r.target }));
  return (
    <ChartFigure
      title={t('results.barsTitle')}
      description={hasTargets ? t('results.barsDescTargets') : t('results.barsDesc')}
    >
      <ResponsiveContainer
        width="100%"
        height={40 + rows.length * 38}
        initialDimension={{ width: 720, height: 400 }}
      >
        <ComposedChart
          data={data}
          layout="vertical"
          margin={{ left: 8, right: 24, top: 8, bottom: 8 }}
        >
          <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} strokeDasharray="2 4" />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} />
          <YAxis type="category" dataKey="label" width={160} />
          <Bar
            dataKey="score"
            name={t('results.score')}
            fill={CHART_COLOURS.agency}
            barSize={20}
            isAnimationActive={false}
          />
          {hasTargets ? (
            <Scatter
              dataKey="target"
              name={t('results.target')}
              shape={<TargetMark />}
              isAnimationActive={false}
            />
          ) : null}
        </ComposedChart>
      </ResponsiveContainer>
      <p className="chart__legend" aria-hidden="true">
        <span className="legend-swatch legend-swatch--agency" /> {t('results.score')}
        {hasTargets ? (
          <>
            {' '}
            <span className="legend-swatch legend-swatch--target-mark" /> {t('results.target')}
          </>
        ) : null}
      </p>
    </ChartFigure>
  );
}
