import { hiddenBelow } from '@/domain/anonymity/small-groups';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';

/** After an area's name where its figures were hidden for standing on too few agencies. */
export function HiddenNote({ view, dimensionId }: { view: RoundView; dimensionId: string | null }) {
  const { t } = useI18n();
  const threshold = hiddenBelow(view, dimensionId);
  if (threshold === null) return null;
  return (
    <>
      {' '}
      <span className="hidden-note">{t('privacy.hidden', { count: threshold })}</span>
    </>
  );
}
