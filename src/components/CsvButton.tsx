import { downloadText } from '@/components/download';
import { csvFileName, toCsv, type CsvCell } from '@/domain/round/csv';

export interface CsvButtonProps {
  /** The translated button text, naming the table: "Download the heatmap as CSV". */
  label: string;
  fileParts: string[];
  build: () => { header: CsvCell[]; rows: CsvCell[][] };
  className?: string;
}

/**
 * Downloads one table as CSV. The rows are built on click, not on every render, so a
 * 300-agency table costs nothing until someone asks for it.
 */
export function CsvButton(props: CsvButtonProps) {
  const download = () => {
    const { header, rows } = props.build();
    downloadText(csvFileName(...props.fileParts), toCsv(header, rows), 'text/csv;charset=utf-8');
  };
  return (
    <button type="button" className={props.className} onClick={download}>
      {props.label}
    </button>
  );
}
