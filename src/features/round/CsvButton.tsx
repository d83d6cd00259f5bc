import { CsvButton as DownloadCsv } from '@/components/CsvButton';
import type { CsvButtonProps } from '@/components/CsvButton';
import { useI18n } from '@/i18n/I18nProvider';

/** A round table's CSV download, named after the table. */
export function CsvButton(props: Omit<CsvButtonProps, 'label' | 'className'> & { table: string }) {
  const { t } = useI18n();
  const { table, ...rest } = props;
  return <DownloadCsv {...rest} className="csv-button" label={t('round.csv', { table })} />;
}
