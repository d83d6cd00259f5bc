import { PrivacyControls } from '@/components/PrivacyControls';
import { setHideAgencyNames, setSmallGroupThreshold } from '@/db/privacy';
import type { RoundView } from '@/domain/round/types';
import { usePrivacySettings } from '@/hooks/usePrivacy';
import { useI18n } from '@/i18n/I18nProvider';

/**
 * The round screen's "Hide agency names" and small-group threshold: the same remembered
 * settings as the presentation's A key, applied to the view in `useRoundView`.
 */
export function RoundPrivacy({ view }: { view: RoundView }) {
  const { t, text } = useI18n();
  const settings = usePrivacySettings();
  if (!settings) return null;
  const hidden = view.smallGroups ? Object.keys(view.smallGroups.hidden) : [];
  const areaName = (id: string) => {
    const d = view.questionnaire.dimensions.find((x) => x.id === id);
    return d ? text(d.shortTitle ?? d.title).text : t('round.overall');
  };
  return (
    <div className="round-privacy">
      <PrivacyControls
        hideNames={settings.hideNames}
        threshold={settings.threshold}
        onHideNames={(hide) => void setHideAgencyNames(hide)}
        onThreshold={(n) => void setSmallGroupThreshold(n)}
      />
      {view.anonymised ? (
        <p className="notice" role="note">
          {t('privacy.notice', { count: settings.threshold })}
          {hidden.length > 0
            ? ` ${t('privacy.noticeHidden', { areas: hidden.map(areaName).join(', ') })}`
            : ''}
        </p>
      ) : null}
    </div>
  );
}
