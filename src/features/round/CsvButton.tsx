import { downloadText } from '@/components/download';
import { csvFileName, toCsv, type CsvCell } from '@/domain/round/csv';
import { useI18n } from '@/i18n/I18nProvider';

/**
 * Downloads one table as CSV. The rows are built on click, not on every render, so a
 * 300-agency table costs nothing until someone asks for it.
 */
export function CsvButton(props: {
  /** What the table is, for the button's accessible name: "Download the heatmap as CSV". */
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
    <button type="button" className="csv-button" onClick={download}>
      {t('round.csv', { table: props.table })}
    </button>
  );
}
