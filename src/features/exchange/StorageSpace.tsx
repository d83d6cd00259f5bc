import { useEffect, useState } from 'react';
import { estimateStorage } from '@/db/storage';
import { useI18n } from '@/i18n/I18nProvider';

/** Space used and the quota the browser grants; the persistence line is in the footer. */
export function StorageSpace() {
  const { t, formatNumber } = useI18n();
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null | undefined>();
  useEffect(() => {
    let live = true;
    void estimateStorage().then((value) => {
      if (live) setEstimate(value);
    });
    return () => {
      live = false;
    };
  }, []);
  if (estimate === undefined) return null;
  const mb = (bytes: number) =>
    t('storageSpace.megabytes', {
      value: formatNumber(bytes / (1024 * 1024), { maximumFractionDigits: 1 }),
    });
  return (
    <section aria-labelledby="storage-space">
      <h2 id="storage-space">{t('storageSpace.title')}</h2>
      <p>
        {estimate
          ? t('storageSpace.used', { used: mb(estimate.usage), quota: mb(estimate.quota) })
          : t('storageSpace.unknown')}
      </p>
    </section>
  );
}
