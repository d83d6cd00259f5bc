import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';
import { useI18n } from '@/i18n/I18nProvider';
import { CHART_COLOURS, ChartFigure } from '@/components/ChartFigure';
import type { ResultRow } from './result-rows';

export function ReadinessRadar(props: {
  rows: ResultRow[];
  hasTargets: boolean;
  peerCount: number;
}) {
  const { t } = useI18n();
  const { rows, hasTargets, peerCount } = props;
  const data = rows.map((r) => ({
    label: r.label,
    score: r.score ?? 0,
    target: r.target ?? 0,
    peers: r.peerMean ?? 0,
  }));
  const description = [
    t('results.radarDesc'),
    hasTargets ? t('results.radarTargets') : '',
    peerCount > 0 ? t('results.radarPeers', { count: peerCount }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <ChartFigure title={t('results.radarTitle')} description={description}>
      <ResponsiveContainer width="100%" height={420} initialDimension={{ width: 720, height: 420 }}>
        <RadarChart data={data} outerRadius="70%">
          <PolarGrid stroke={CHART_COLOURS.grid} />
          <PolarAngleAxis dataKey="label" />
          <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} />
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
          {peerCount > 0 ? (
            <Radar
              dataKey="peers"
              name={t('results.peerMean', { count: peerCount })}
              stroke={CHART_COLOURS.peers}
              strokeDasharray="2 3"
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
          <Legend />
        </RadarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
