import { useId } from 'react';
import type { Round } from '@/domain/records';
import { useI18n } from '@/i18n/I18nProvider';

/**
 * Two selects, earlier and later round; every round is offered in both (newest first). A
 * demo round is labelled by the banner above, since an option cannot hold a styled tag.
 */
export function RoundPairPicker(props: {
  rounds: readonly Round[];
  earlier: string;
  later: string;
  onChoose: (which: 'from' | 'to', roundId: string) => void;
}) {
  const { t } = useI18n();
  const earlierId = useId();
  const laterId = useId();
  const options = props.rounds.map((r) => (
    <option key={r.id} value={r.id}>
      {r.name}
    </option>
  ));
  return (
    <fieldset className="compare-rounds">
      <legend>{t('trends.rounds')}</legend>
      <div className="field field--inline">
        <label htmlFor={earlierId}>{t('trends.earlier')}</label>
        <select
          id={earlierId}
          value={props.earlier}
          onChange={(e) => props.onChoose('from', e.target.value)}
        >
          {options}
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor={laterId}>{t('trends.later')}</label>
        <select
          id={laterId}
          value={props.later}
          onChange={(e) => props.onChoose('to', e.target.value)}
        >
          {options}
        </select>
      </div>
    </fieldset>
  );
}
