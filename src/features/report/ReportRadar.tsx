import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import { CHART_COLOURS, ChartFigure } from '@/components/ChartFigure';
import type { ResultRow } from '@/features/results/result-rows';
import { useI18n } from '@/i18n/I18nProvider';

/**
 * The results radar at a fixed size that fits A4's printable width (180 mm ≈ 680 CSS px):
 * a ResponsiveContainer measures its box, and in print layout that measuring runs late or
 * reads the screen's width, so the printed chart came out empty or clipped.
 */
export const REPORT_RADAR = { width: 640, height: 380 } as const;

export function ReportRadar({ rows, hasTargets }: { rows: ResultRow[]; hasTargets: boolean }) {
  const { t } = useI18n();
  const data = rows.map((r) => ({ label: r.label, score: r.score ?? 0, target: r.target ?? 0 }));
  const description = [t('results.radarDesc'), hasTargets ? t('results.radarTargets') : '']
    .filter(Boolean)
    .join(' ');
  return (
    <ChartFigure title={t('results.radarTitle')} description={description}>
      <RadarChart {...REPORT_RADAR} data={data} outerRadius={130}>
        <PolarGrid stroke={CHART_COLOURS.grid} />
        <PolarAngleAxis dataKey="label" tick={{ fill: '#000', fontSize: 12 }} />
        {/* Between the first two spokes, so its figures do not run into the top area's label. */}
        <PolarRadiusAxis
          domain={[0, 100]}
          tickCount={5}
          angle={90 - 180 / Math.max(1, rows.length)}
          tick={{ fill: '#333', fontSize: 10 }}
        />
        {hasTargets ? (
          <Radar
            dataKey="target"
            name={t('results.target')}
            stroke={CHART_COLOURS.target}
            strokeDasharray="6 4"
            strokeWidth={2}
            fillOpacity={0}
            isAnimationActive={false}
          />
        ) : null}
        <Radar
          dataKey="score"
          name={t('results.score')}
          stroke={CHART_COLOURS.agency}
          fill={CHART_COLOURS.agency}
          fillOpacity={0.25}
          strokeWidth={2}
          isAnimationActive={false}
        />
      </RadarChart>
      <p className="chart__legend" aria-hidden="true">
        <span className="legend-swatch legend-swatch--agency" /> {t('results.score')}
        {hasTargets ? (
          <>
            {' '}
            <span className="legend-swatch legend-swatch--target-line" /> {t('results.target')}
          </>
        ) : null}
      </p>
    </ChartFigure>
  );
}
