import { CsvButton as DownloadCsv } from '@/components/CsvButton';
import type { CsvButtonProps } from '@/components/CsvButton';
import { useQuestionnaireParam } from '@/hooks/useQuestionnaireParam';
import { useI18n } from '@/i18n/I18nProvider';

/** A round table's CSV download, named after the table (and the module shown, if one is). */
export function CsvButton(props: Omit<CsvButtonProps, 'label' | 'className'> & { table: string }) {
  const { t } = useI18n();
  const { requested } = useQuestionnaireParam();
  const { table, fileParts, ...rest } = props;
  const [first = '', ...others] = fileParts;
  const parts = requested ? [first, requested, ...others] : fileParts;
  return (
    <DownloadCsv
      {...rest}
      fileParts={parts}
      className="csv-button"
      label={t('round.csv', { table })}
    />
  );
}
