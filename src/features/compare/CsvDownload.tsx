import { downloadText } from '@/components/download';
import { csvFileName, toCsv, type CsvCell } from '@/domain/round/csv';
import { useI18n } from '@/i18n/I18nProvider';

/** Downloads one table as CSV; the rows are built on click, not on every render. */
export function CsvDownload(props: {
  /** The table's caption, for the button's name: "Download “…” as CSV". */
  table: string;
  fileParts: string[];
  build: () => { header: CsvCell[]; rows: CsvCell[][] };
}) {
  const { t } = useI18n();
  const download = () => {
    const { header, rows } = props.build();
    downloadText(csvFileName(...props.fileParts), toCsv(header, rows), 'text/csv;charset=utf-8');
  };
  return (
    <button type="button" onClick={download}>
      {t('compare.csv', { table: props.table })}
    </button>
  );
}
