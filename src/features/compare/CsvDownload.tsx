import { CsvButton } from '@/components/CsvButton';
import type { CsvButtonProps } from '@/components/CsvButton';
import { useI18n } from '@/i18n/I18nProvider';

/** A comparison table's CSV download, named after the table's caption. */
export function CsvDownload(
  props: Omit<CsvButtonProps, 'label' | 'className'> & { table: string },
) {
  const { t } = useI18n();
  const { table, ...rest } = props;
  return <CsvButton {...rest} label={t('compare.csv', { table })} />;
}
