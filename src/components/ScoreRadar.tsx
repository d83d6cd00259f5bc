import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';
import { CHART_COLOURS } from './ChartFigure';

/** One outline: its key in the data, its name, and how it is drawn. */
export interface RadarSeries {
  dataKey: string;
  name: string;
  colour: string;
  /** SVG stroke-dasharray; undefined draws a solid line. */
  dash?: string | undefined;
  strokeWidth: number;
  /** Filled in its colour at this opacity; an outline only when absent. */
  fill?: number;
}

/**
 * Fixed (`width` given): a size that fits paper, for a ResponsiveContainer measures its box late
 * in print layout, or reads the screen's width, and the printed chart came out empty or clipped.
 * Responsive: the width of its box at this height.
 */
export type RadarSize =
  | { width: number; height: number; outerRadius: number }
  | { width?: undefined; height: number; outerRadius: string };

/** Scores per area on 0–100, one outline per series, drawn in the order given. */
export function ScoreRadar(props: {
  /** One datum per area, with a `label` and a value for each series' key. */
  data: readonly ({ label: string } & object)[];
  series: readonly RadarSeries[];
  size: RadarSize;
  /** recharts' own legend under the chart. */
  legend?: boolean;
}) {
  const { data, series, size, legend = false } = props;
  const outlines = series.map((s) => (
    <Radar
      key={s.dataKey}
      dataKey={s.dataKey}
      name={s.name}
      stroke={s.colour}
      strokeDasharray={s.dash}
      strokeWidth={s.strokeWidth}
      fill={s.fill === undefined ? undefined : s.colour}
      fillOpacity={s.fill ?? 0}
      isAnimationActive={false}
    />
  ));
  if (size.width !== undefined) {
    return (
      <RadarChart
        width={size.width}
        height={size.height}
        data={data}
        outerRadius={size.outerRadius}
      >
        <PolarGrid stroke={CHART_COLOURS.grid} />
        <PolarAngleAxis dataKey="label" tick={{ fill: '#000', fontSize: 12 }} />
        {/* Between the first two spokes, so its figures do not run into the top area's label. */}
        <PolarRadiusAxis
          domain={[0, 100]}
          tickCount={5}
          angle={90 - 180 / Math.max(1, data.length)}
          tick={{ fill: '#333', fontSize: 10 }}
        />
        {outlines}
        {legend ? <Legend /> : null}
      </RadarChart>
    );
  }
  return (
    <ResponsiveContainer
      width="100%"
      height={size.height}
      initialDimension={{ width: 720, height: size.height }}
    >
      <RadarChart data={data} outerRadius={size.outerRadius}>
        <PolarGrid stroke={CHART_COLOURS.grid} />
        <PolarAngleAxis dataKey="label" />
        <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} />
        {outlines}
        {legend ? <Legend /> : null}
      </RadarChart>
    </ResponsiveContainer>
  );
}
