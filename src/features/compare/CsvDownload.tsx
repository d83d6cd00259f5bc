import { CsvButton } from '@/components/CsvButton';
import type { CsvButtonProps } from '@/components/CsvButton';
import { useQuestionnaireParam } from '@/hooks/useQuestionnaireParam';
import { useI18n } from '@/i18n/I18nProvider';

/** A comparison table's CSV download, named after the table's caption (and the module shown). */
export function CsvDownload(
  props: Omit<CsvButtonProps, 'label' | 'className'> & { table: string },
) {
  const { t } = useI18n();
  const { requested } = useQuestionnaireParam();
  const { table, fileParts, ...rest } = props;
  const [first = '', ...others] = fileParts;
  const parts = requested ? [first, requested, ...others] : fileParts;
  return <CsvButton {...rest} fileParts={parts} label={t('compare.csv', { table })} />;
}
