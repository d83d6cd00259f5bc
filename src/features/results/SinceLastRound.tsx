import { useId } from 'react';
import { whatMoved } from '@/domain/actions/what-moved';
import type { Questionnaire } from '@/domain/questionnaire/types';
import { toPercent } from '@/domain/scoring/bands';
import type { AssessmentScore } from '@/domain/scoring/score';
import { useEarlierRound } from '@/hooks/useAgencyActions';
import { useI18n } from '@/i18n/I18nProvider';
import { dueDate } from './ActionPlanTable';

/**
 * "Since the last round": the actions the agency planned in its previous round, how far each
 * got, and the change of the area's score from then (the agency's combined result in that
 * round) to now (the assessment on this page). Shown only when there is such a round.
 */
export function SinceLastRound(props: {
  agencyId: string;
  roundId: string;
  questionnaire: Questionnaire;
  score: AssessmentScore;
}) {
  const { t, text, formatNumber, formatDateTime } = useI18n();
  const captionId = useId();
  const q = props.questionnaire;
  const earlier = useEarlierRound(props.agencyId, props.roundId, q.id);
  if (!earlier) return null;

  const rows = whatMoved(
    earlier.actions,
    earlier.scores,
    Object.fromEntries(props.score.dimensions.map((d) => [d.dimensionId, d.score])),
    q.dimensions.map((d) => d.id),
  );
  const label = (id: string) => {
    const d =
      q.dimensions.find((x) => x.id === id) ??
      earlier.questionnaire?.dimensions.find((x) => x.id === id);
    return d ? text(d.shortTitle ?? d.title).text : id;
  };
  const pct = (value: number | null) => (value === null ? '—' : formatNumber(toPercent(value)));
  const change = (value: number | null) =>
    value === null ? '—' : formatNumber(toPercent(value), { signDisplay: 'exceptZero' });
  const round = earlier.round.name;

  return (
    <section className="since-last-round" aria-labelledby="since-last-round-title">
      <h2 id="since-last-round-title">{t('actions.since.title')}</h2>
      <p className="hint">{t('actions.since.intro', { round })}</p>
      {rows.length === 0 ? (
        <p>{t('actions.since.noPlan', { round })}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
          <table className="data-table">
            <caption id={captionId}>{t('actions.since.caption', { round })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actions.since.area')}</th>
                <th scope="col">{t('actions.since.actions')}</th>
                <th scope="col">{t('actions.since.then')}</th>
                <th scope="col">{t('actions.since.now')}</th>
                <th scope="col">{t('actions.since.change')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.dimensionId}>
                  <th scope="row">{label(row.dimensionId)}</th>
                  <td>
                    <ul className="moved-actions">
                      {row.actions.map((action) => (
                        <li key={action.id}>
                          {action.what} — {t(`actions.status.${action.status}`)} ({action.who},{' '}
                          {t('actions.dueOn', { date: dueDate(action.due, formatDateTime) })})
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{pct(row.then)}</td>
                  <td>{pct(row.now)}</td>
                  <td>{change(row.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
