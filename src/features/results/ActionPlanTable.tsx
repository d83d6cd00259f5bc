import './actions.css';
import { byDueDate } from '@/domain/actions/plan';
import type { Questionnaire } from '@/domain/questionnaire/types';
import type { Action } from '@/domain/records';
import { useI18n, type I18n } from '@/i18n/I18nProvider';
import { useId } from 'react';

/**
 * A read-only table of an action plan: area, what, who, due date and status, in the
 * questionnaire's order of areas and by due date within each. The printable report shows it
 * as it is; the results page edits the same actions in `ActionPlan`.
 */
export function ActionPlanTable(props: {
  actions: readonly Action[];
  questionnaire: Questionnaire | undefined;
  caption?: string;
}) {
  const { t, text, formatDateTime } = useI18n();
  const captionId = useId();
  const dimensions = props.questionnaire?.dimensions ?? [];
  const rank = new Map(dimensions.map((d, index) => [d.id, index]));
  const label = (id: string) => {
    const d = dimensions.find((x) => x.id === id);
    return d ? text(d.shortTitle ?? d.title).text : id;
  };
  const rows = [...props.actions].sort(
    (a, b) =>
      (rank.get(a.dimensionId) ?? dimensions.length) -
        (rank.get(b.dimensionId) ?? dimensions.length) || byDueDate(a, b),
  );
  if (rows.length === 0) return <p>{t('actions.table.empty')}</p>;
  return (
    // Scrolls sideways in this box on a narrow screen, named and reachable by keyboard.
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="data-table action-plan-table">
        <caption id={captionId}>{props.caption ?? t('actions.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actions.table.area')}</th>
            <th scope="col">{t('actions.table.what')}</th>
            <th scope="col">{t('actions.table.who')}</th>
            <th scope="col">{t('actions.table.due')}</th>
            <th scope="col">{t('actions.table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((action) => (
            <tr key={action.id}>
              <td>{label(action.dimensionId)}</td>
              <th scope="row">{action.what}</th>
              <td>{action.who}</td>
              <td>{dueDate(action.due, formatDateTime)}</td>
              <td>{t(`actions.status.${action.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A yyyy-mm-dd date in the reader's language; the day itself, whatever the time zone. */
export function dueDate(day: string, formatDateTime: I18n['formatDateTime']): string {
  return formatDateTime(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
}
