import { useId, useMemo } from 'react';
import { assignLanes, laneOffset, type Distribution } from '@/domain/round/distribution';
import { useI18n } from '@/i18n/I18nProvider';
import type { PresentFormat } from './usePresentFormat';

const WIDTH = 1000;
const PAD = 30;
const LANE = 30;
const RADIUS = 14;
// A point is about 3 % of the axis wide: closer points take another lane.
const SPACING = 0.03;
const MAX_LANES = 7;

const x = (score: number) => PAD + Math.min(1, Math.max(0, score)) * (WIDTH - 2 * PAD);

/**
 * One area's distribution at projector size: box (quartiles), whiskers (min–max), median,
 * target and every agency as a point, from the round's distribution model. The picture is one
 * named image; the same figures are in the table after it, for screen readers.
 */
export function PresentStrip(props: {
  distribution: Distribution;
  target: number | undefined;
  area: string;
  format: PresentFormat;
  /** With names hidden, each point's letter (letters fit in a point; names do not). */
  letterOf?: (agencyId: string) => string | undefined;
}) {
  const { distribution: d, target, area, format, letterOf } = props;
  const { t } = useI18n();
  const nameId = useId();
  const helpId = useId();
  const lanes = useMemo(
    () =>
      assignLanes(
        d.points.map((p) => p.score),
        SPACING,
        MAX_LANES,
      ),
    [d],
  );
  const maxOffset = Math.ceil((Math.max(1, ...lanes.map((l) => l + 1)) - 1) / 2);
  const plotHeight = Math.max(80, 2 * maxOffset * LANE + 2 * RADIUS + 16);
  const height = plotHeight + 60;
  const middle = plotHeight / 2 + 22;
  const s = d.summary;
  const byScore = [...d.points].sort((a, b) => b.score - a.score);

  return (
    <figure className="present-strip">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={nameId}
        aria-describedby={helpId}
      >
        <title id={nameId}>{t('present.chartName', { area })}</title>
        {target !== undefined ? (
          <g className="present-strip__target">
            <line x1={x(target)} x2={x(target)} y1={20} y2={middle + plotHeight / 2} />
            <text x={x(target)} y={16} textAnchor="middle">
              {t('present.targetLabel', { value: format.points(target) })}
            </text>
          </g>
        ) : null}
        {s ? (
          <g className="present-strip__box">
            <line x1={x(s.min)} x2={x(s.max)} y1={middle} y2={middle} />
            <line x1={x(s.min)} x2={x(s.min)} y1={middle - 14} y2={middle + 14} />
            <line x1={x(s.max)} x2={x(s.max)} y1={middle - 14} y2={middle + 14} />
            <rect
              x={x(s.q1)}
              width={Math.max(2, x(s.q3) - x(s.q1))}
              y={middle - plotHeight / 2 + 4}
              height={plotHeight - 8}
            />
            <line
              className="present-strip__median"
              x1={x(s.median)}
              x2={x(s.median)}
              y1={middle - plotHeight / 2 + 4}
              y2={middle + plotHeight / 2 - 4}
            />
          </g>
        ) : null}
        <g className="present-strip__points">
          {d.points.map((p, index) => {
            const cy = middle + laneOffset(lanes[index] ?? 0) * LANE;
            const letter = letterOf?.(p.agencyId);
            return (
              <g key={p.agencyId}>
                <circle cx={x(p.score)} cy={cy} r={RADIUS} />
                {letter ? (
                  <text x={x(p.score)} y={cy + 5.5} textAnchor="middle">
                    {letter}
                  </text>
                ) : null}
              </g>
            );
          })}
        </g>
        <g className="present-strip__axis">
          {[0, 25, 50, 75, 100].map((tick) => (
            <g key={tick}>
              <line
                x1={x(tick / 100)}
                x2={x(tick / 100)}
                y1={plotHeight + 22}
                y2={plotHeight + 30}
              />
              <text x={x(tick / 100)} y={plotHeight + 54} textAnchor="middle">
                {tick}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption id={helpId} className="present-strip__help">
        {t('present.chartHelp')}
      </figcaption>
      <table className="visually-hidden">
        <caption>{t('present.tableCaption', { area })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('present.agency')}</th>
            <th scope="col">{t('present.score')}</th>
          </tr>
        </thead>
        <tbody>
          {byScore.map((p) => (
            <tr key={p.agencyId}>
              <th scope="row">{format.agency(p.name, p.demo)}</th>
              <td>{format.points(p.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
