import { useI18n } from '@/i18n/I18nProvider';
import { CHART_COLOURS, ChartFigure } from '@/components/ChartFigure';
import { ScoreRadar, type RadarSeries } from '@/components/ScoreRadar';
import type { ResultRow } from './result-rows';

/** On paper: a fixed size that fits A4's printable width (180 mm ≈ 680 CSS px). */
const PRINT_SIZE = { width: 640, height: 380, outerRadius: 130 } as const;

/**
 * The agency's score per area over its targets and, on screen, its peers' mean. In `print`
 * (the agency report) at a fixed size, with the legend as text.
 */
export function ReadinessRadar(props: {
  rows: ResultRow[];
  hasTargets: boolean;
  peerCount: number;
  print?: boolean;
}) {
  const { t } = useI18n();
  const { rows, hasTargets, peerCount, print = false } = props;
  const data = rows.map((r) => ({
    label: r.label,
    score: r.score ?? 0,
    target: r.target ?? 0,
    peers: r.peerMean ?? 0,
  }));
  const series: RadarSeries[] = [];
  if (hasTargets) {
    series.push({
      dataKey: 'target',
      name: t('results.target'),
      colour: CHART_COLOURS.target,
      dash: '6 4',
      strokeWidth: 2,
    });
  }
  if (peerCount > 0) {
    series.push({
      dataKey: 'peers',
      name: t('results.peerMean', { count: peerCount }),
      colour: CHART_COLOURS.peers,
      dash: '2 3',
      strokeWidth: 2,
    });
  }
  series.push({
    dataKey: 'score',
    name: t('results.score'),
    colour: CHART_COLOURS.agency,
    strokeWidth: 2,
    fill: 0.25,
  });
  const description = [
    t('results.radarDesc'),
    hasTargets ? t('results.radarTargets') : '',
    peerCount > 0 ? t('results.radarPeers', { count: peerCount }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <ChartFigure title={t('results.radarTitle')} description={description}>
      <ScoreRadar
        data={data}
        series={series}
        size={print ? PRINT_SIZE : { height: 420, outerRadius: '70%' }}
        legend={!print}
      />
      {print ? (
        <p className="chart__legend" aria-hidden="true">
          <span className="legend-swatch legend-swatch--agency" /> {t('results.score')}
          {hasTargets ? (
            <>
              {' '}
              <span className="legend-swatch legend-swatch--target-line" /> {t('results.target')}
            </>
          ) : null}
        </p>
      ) : null}
    </ChartFigure>
  );
}
