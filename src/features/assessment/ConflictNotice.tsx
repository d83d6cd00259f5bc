import type { Questionnaire } from '@/domain/questionnaire/types';
import { findItem } from '@/domain/questionnaire/access';
import { useI18n } from '@/i18n/I18nProvider';
import type { Conflict } from './useAutosave';

/** Answers changed in another tab while this one was editing them: the person decides. */
export function ConflictNotice(props: {
  conflicts: Conflict[];
  questionnaire: Questionnaire;
  onResolve: (itemId: string, keep: 'mine' | 'theirs') => void;
}) {
  const { t, text } = useI18n();
  if (props.conflicts.length === 0) return null;
  return (
    <div className="notice notice--warning" role="alert" data-not-in-snapshot>
      <h2>{t('conflict.title')}</h2>
      <p>{t('conflict.body')}</p>
      <ul>
        {props.conflicts.map((conflict) => {
          const found = findItem(props.questionnaire, conflict.itemId);
          return (
            <li key={conflict.itemId}>
              <a href={`#item-${conflict.itemId}`}>
                {found ? text(found.text).text : conflict.itemId}
              </a>{' '}
              <button type="button" onClick={() => props.onResolve(conflict.itemId, 'theirs')}>
                {t('conflict.keepTheirs')}
              </button>{' '}
              <button type="button" onClick={() => props.onResolve(conflict.itemId, 'mine')}>
                {t('conflict.keepMine')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
