import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import { laneOffset, type Distribution } from '@/domain/round/distribution';
import { useI18n } from '@/i18n/I18nProvider';
import type { RoundFormat } from './useRoundFormat';

const WIDTH = 600;
const PAD = 16;
const LANE = 9;
const RADIUS = 4;

export const stripX = (score: number) => PAD + Math.min(1, Math.max(0, score)) * (WIDTH - 2 * PAD);

/**
 * One area's strip plot: the box (quartiles), whiskers (min–max), median, target, and every
 * agency as a point. The points are one tab stop (roving tabindex): Tab reaches the row,
 * the arrow keys, Home and End move between agencies, so 300 agencies do not mean 300 tab
 * stops per area. The focused or hovered agency's name and score are written beside it.
 */
export const StripRow = memo(function StripRow(props: {
  distribution: Distribution;
  target: number | undefined;
  format: RoundFormat;
}) {
  const { distribution: d, target, format } = props;
  const { t } = useI18n();
  const labelId = useId();
  const group = useRef<SVGGElement>(null);
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const maxOffset = Math.ceil((d.lanes - 1) / 2);
  const height = Math.max(36, 2 * maxOffset * LANE + 24);
  const middle = height / 2;
  const s = d.summary;
  const shown = hovered ?? focused;
  const tip = shown === null ? undefined : d.points[shown];
  const name = (p: { name: string; demo: boolean }) =>
    p.demo ? `${p.name} (${t('round.demoTag')})` : p.name;

  const move = (event: KeyboardEvent<SVGGElement>) => {
    const last = d.points.length - 1;
    const next: Record<string, number> = {
      ArrowRight: Math.min(last, active + 1),
      ArrowUp: Math.min(last, active + 1),
      ArrowLeft: Math.max(0, active - 1),
      ArrowDown: Math.max(0, active - 1),
      Home: 0,
      End: last,
    };
    const index = next[event.key];
    if (index === undefined) return;
    event.preventDefault();
    setActive(index);
    const circle = group.current?.children[index];
    if (circle instanceof SVGElement) circle.focus();
  };

  return (
    <div className="strip-row">
      <div className="strip-row__label" id={labelId}>
        {format.area(d.dimensionId)}
      </div>
      <div className="strip-row__plot">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-labelledby={labelId}>
          {s ? (
            <g aria-hidden="true" className="strip__box">
              <line x1={stripX(s.min)} x2={stripX(s.max)} y1={middle} y2={middle} />
              <line x1={stripX(s.min)} x2={stripX(s.min)} y1={middle - 8} y2={middle + 8} />
              <line x1={stripX(s.max)} x2={stripX(s.max)} y1={middle - 8} y2={middle + 8} />
              <rect
                x={stripX(s.q1)}
                width={Math.max(1, stripX(s.q3) - stripX(s.q1))}
                y={4}
                height={height - 8}
              />
              <line
                className="strip__median"
                x1={stripX(s.median)}
                x2={stripX(s.median)}
                y1={4}
                y2={height - 4}
              />
            </g>
          ) : null}
          {target !== undefined ? (
            <line
              aria-hidden="true"
              className="strip__target"
              x1={stripX(target)}
              x2={stripX(target)}
              y1={0}
              y2={height}
            />
          ) : null}
          <g ref={group} onKeyDown={move}>
            {d.points.map((p, index) => (
              <circle
                key={p.agencyId}
                className="strip__point"
                cx={stripX(p.score)}
                cy={middle + laneOffset(p.lane) * LANE}
                r={RADIUS}
                role="img"
                aria-label={`${name(p)}: ${format.points(p.score)}`}
                tabIndex={index === active ? 0 : -1}
                onFocus={() => {
                  setActive(index);
                  setFocused(index);
                }}
                onBlur={() => setFocused(null)}
                onMouseEnter={() => setHovered(index)}
                onMouseLeave={() => setHovered(null)}
              />
            ))}
          </g>
        </svg>
        {tip ? (
          <StripTip
            left={(stripX(tip.score) / WIDTH) * 100}
            top={((middle + laneOffset(tip.lane) * LANE) / height) * 100}
            text={`${name(tip)}: ${format.points(tip.score)}`}
          />
        ) : null}
      </div>
    </div>
  );
});

function StripTip(props: { left: number; top: number; text: string }) {
  const side = props.left < 30 ? ' strip-tip--start' : props.left > 70 ? ' strip-tip--end' : '';
  return (
    <div
      className={`strip-tip${side}`}
      style={{ left: `${props.left}%`, top: `${props.top}%` }}
      aria-hidden="true"
    >
      {props.text}
    </div>
  );
}

/** The shared 0–100 axis under the strips. */
export function StripAxis() {
  return (
    <div className="strip-row strip-row--axis" aria-hidden="true">
      <div className="strip-row__label" />
      <div className="strip-row__plot">
        <svg viewBox={`0 0 ${WIDTH} 22`}>
          {[0, 25, 50, 75, 100].map((tick) => (
            <g key={tick}>
              <line x1={stripX(tick / 100)} x2={stripX(tick / 100)} y1={0} y2={5} />
              <text x={stripX(tick / 100)} y={18} textAnchor="middle">
                {tick}
              </text>
            </g>
          ))}
        </svg>
      </div>
    </div>
  );
}
