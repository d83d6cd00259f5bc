import { useI18n } from '@/i18n/I18nProvider';

/** Shown wherever synthetic demo records appear, so nobody mistakes them for real results. */
export function DemoBanner() {
  const { t } = useI18n();
  return (
    <p className="demo-banner" role="note">
      <strong>{t('round.demoBanner')}</strong> {t('round.demoBannerText')}
    </p>
  );
}

/** A word after a demo agency's name (text, not only a colour or an icon). */
export function DemoTag() {
  const { t } = useI18n();
  // The space keeps the name and the label two words for screen readers and copy-paste.
  return (
    <>
      {' '}
      <span className="demo-tag">{t('round.demoTag')}</span>
    </>
  );
}
