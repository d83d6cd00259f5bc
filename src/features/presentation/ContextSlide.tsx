import { useId, type Ref } from 'react';
import { EGDI_MEMBER_STATES, EGDI_RANKS, ranksGained, TUNDUK } from '@/domain/presentation/context';
import { useI18n } from '@/i18n/I18nProvider';
import { SlideHeading } from './SlideHeading';

const W = 420;
const H = 200;
const PAD = 36;

/** Published figures about the country, each with its source; not figures of this round. */
export function ContextSlide({ ref }: { ref: Ref<HTMLHeadingElement> }) {
  const { t, formatNumber } = useI18n();
  const captionId = useId();
  const ranks = EGDI_RANKS.map((r) => r.rank);
  const best = Math.min(...ranks) - 5;
  const worst = Math.max(...ranks) + 5;
  // Rank 1 is best, so better ranks are drawn higher.
  const y = (rank: number) => PAD + ((rank - best) / (worst - best)) * (H - 2 * PAD);
  const x = (i: number) => PAD + (i / Math.max(1, EGDI_RANKS.length - 1)) * (W - 2 * PAD);
  const first = EGDI_RANKS[0];
  const gained = ranksGained(EGDI_RANKS);
  const values = EGDI_RANKS.map((r) => `${r.year}: ${r.rank}`).join(', ');

  return (
    <div className="slide slide--context">
      <SlideHeading ref={ref} kicker={t('present.contextKicker')}>
        {t('present.contextTitle')}
      </SlideHeading>
      <div className="context-grid">
        <section className="context-egdi" aria-labelledby={captionId}>
          <h2 id={captionId}>{t('present.egdiTitle', { count: EGDI_MEMBER_STATES })}</h2>
          <div className="context-egdi__body">
            <svg
              viewBox={`0 0 ${W} ${H}`}
              role="img"
              aria-label={t('present.egdiChart', { values })}
              className="context-egdi__chart"
            >
              <polyline points={EGDI_RANKS.map((r, i) => `${x(i)},${y(r.rank)}`).join(' ')} />
              {EGDI_RANKS.map((r, i) => (
                <g key={r.year}>
                  <circle cx={x(i)} cy={y(r.rank)} r={7} />
                  <text x={x(i)} y={y(r.rank) - 14} textAnchor="middle" className="value">
                    {r.rank}
                  </text>
                  <text x={x(i)} y={H - 6} textAnchor="middle">
                    {r.year}
                  </text>
                </g>
              ))}
            </svg>
            <table className="present-table">
              <caption className="visually-hidden">
                {t('present.egdiTitle', { count: EGDI_MEMBER_STATES })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('present.year')}</th>
                  <th scope="col">{t('present.rank')}</th>
                </tr>
              </thead>
              <tbody>
                {EGDI_RANKS.map((r) => (
                  <tr key={r.year}>
                    <th scope="row">{r.year}</th>
                    <td>{t('present.rankOf', { rank: r.rank, count: EGDI_MEMBER_STATES })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {first && gained !== null && gained > 0 ? (
            <p>{t('present.egdiGained', { count: gained, year: first.year })}</p>
          ) : null}
          <p className="source">{t('present.egdiSource')}</p>
        </section>
        <section className="context-facts">
          <h2>{t('present.platformTitle')}</h2>
          <p>
            {t('present.tunduk', {
              since: TUNDUK.since,
              organisations: formatNumber(TUNDUK.organisations),
              services: formatNumber(TUNDUK.services),
              year: TUNDUK.year,
            })}
          </p>
          <p className="source">{t('present.tundukSource', { year: TUNDUK.year })}</p>
          <h2>{t('present.strategyTitle')}</h2>
          <p>{t('present.strategy')}</p>
          <p className="source">{t('present.strategySource')}</p>
        </section>
      </div>
      <p className="slide__note">{t('present.contextNote')}</p>
    </div>
  );
}
