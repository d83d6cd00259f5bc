import './exchange.css';
import type { FormEvent } from 'react';
import { Link } from 'wouter';
import { useI18n } from '@/i18n/I18nProvider';
import { exportFileName } from './export-form';
import { ExportStatus } from './ExportStatus';
import { ImportPanel } from './ImportPanel';
import { PassphraseFields } from './PassphraseFields';
import { usePassphrase } from './usePassphrase';
import { StorageSpace } from './StorageSpace';
import { useExportFile } from './useExportFile';

/** A backup of 10,000 assessments is far above the 50 MB an exchange file may be. */
export const BACKUP_MAX_BYTES = 512 * 1024 * 1024;

export function BackupPage() {
  const { t } = useI18n();
  const secret = usePassphrase();
  const { state, run } = useExportFile();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const passphrase = secret.check();
    if (passphrase === null) return;
    const name = exportFileName(['backup'], new Date().toISOString());
    void run('everything', 'backup', name, passphrase);
  };

  return (
    <div className="page exchange">
      <h1>{t('backup.title')}</h1>
      <p className="lead">{t('backup.intro')}</p>
      <StorageSpace />
      <section aria-labelledby="backup-make">
        <h2 id="backup-make">{t('backup.make')}</h2>
        <form onSubmit={submit} noValidate>
          <PassphraseFields idPrefix="backup" {...secret.fields} />
          <button type="submit" className="button primary" disabled={state.phase === 'working'}>
            {t('backup.make')}
          </button>
          <ExportStatus state={state} />
        </form>
      </section>
      <section aria-labelledby="backup-restore">
        <h2 id="backup-restore">{t('backup.restoreTitle')}</h2>
        <p>{t('backup.restoreIntro')}</p>
        <ImportPanel
          multiple={false}
          pickLabel={t('backup.pick')}
          confirmLabel={() => t('backup.confirm')}
          maxBytes={BACKUP_MAX_BYTES}
        />
      </section>
      <p>
        <Link to="/exchange">{t('exchangeHome.export')}</Link> ·{' '}
        <Link to="/exchange/import">{t('exchangeHome.import')}</Link>
      </p>
    </div>
  );
}
