import { useId } from 'react';
import { MAX_COMPARED } from '@/domain/compare/selection';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { DemoTag } from './DemoNote';

/**
 * One checkbox per agency with a submitted score. The count is announced as it changes; a
 * seventh choice is refused with a message rather than by disabling the other boxes, so
 * every box stays reachable and the person learns why nothing happened.
 */
export function AgencyPicker(props: {
  view: RoundView;
  selected: readonly string[];
  /** The name of the agency last refused, while the message stands. */
  refused: string | null;
  onChoose: (agencyId: string, checked: boolean) => void;
  onClear: () => void;
}) {
  const { view, selected, refused, onChoose, onClear } = props;
  const { t } = useI18n();
  const countId = useId();
  const chosen = new Set(selected);
  return (
    <fieldset className="compare-picker" aria-describedby={countId}>
      <legend>{t('compare.pickLegend')}</legend>
      <p id={countId} className="compare-picker__count" aria-live="polite">
        {t('compare.chosen', { count: selected.length, max: MAX_COMPARED })}
      </p>
      {refused !== null ? (
        <p className="notice notice--error" role="alert">
          {t('compare.tooMany', { max: MAX_COMPARED, name: refused })}
        </p>
      ) : null}
      <ul className="compare-picker__list">
        {view.rows.map((row) =>
          row.score ? (
            <li key={row.agency.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(row.agency.id)}
                  onChange={(e) => onChoose(row.agency.id, e.target.checked)}
                />{' '}
                {row.agency.name}
                {row.agency.demo ? <DemoTag /> : null}
              </label>
            </li>
          ) : null,
        )}
      </ul>
      {selected.length > 0 ? (
        <button type="button" onClick={onClear}>
          {t('compare.clear')}
        </button>
      ) : null}
    </fieldset>
  );
}
