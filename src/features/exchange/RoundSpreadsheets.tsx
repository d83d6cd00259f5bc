import { downloadText } from '@/components/download';
import { longSheet, wideSheet } from '@/domain/exchange/spreadsheet';
import type { Sheet, SheetInput } from '@/domain/exchange/spreadsheet';
import { csvFileName, toCsv } from '@/domain/round/csv';
import { gatherForExport, recordExport } from '@/db/exchange';
import { useI18n } from '@/i18n/I18nProvider';

/** CSV for spreadsheets: long (agency × item) and wide (agency), labels in the UI language. */
export function RoundSpreadsheets({ roundId }: { roundId: string }) {
  const { t, locale } = useI18n();
  const download = async (shape: 'long' | 'wide') => {
    const content = await gatherForExport({ roundId });
    const round = content.rounds.find((r) => r.id === roundId);
    if (!round) return;
    const input: SheetInput = {
      round,
      agencies: content.agencies,
      assessments: content.assessments,
      questionnaires: new Map(content.questionnaires.map((q) => [`${q.id}@${q.version}`, q])),
      locale,
      words: {
        na: t('answer.notApplicable'),
        dk: t('answer.dontKnow'),
        yes: t('answer.yes'),
        partial: t('answer.partial'),
        no: t('answer.no'),
        role: (role) => t(`role.${role}`),
      },
    };
    const sheet: Sheet = shape === 'long' ? longSheet(input) : wideSheet(input);
    downloadText(
      csvFileName(round.name, shape),
      toCsv(sheet.header, sheet.rows),
      'text/csv;charset=utf-8',
    );
    await recordExport();
  };
  return (
    <section aria-labelledby="export-sheets">
      <h2 id="export-sheets">{t('sheets.title')}</h2>
      <p>{t('sheets.text')}</p>
      <p>
        <button type="button" onClick={() => void download('long')}>
          {t('sheets.long')}
        </button>{' '}
        <button type="button" onClick={() => void download('wide')}>
          {t('sheets.wide')}
        </button>
      </p>
    </section>
  );
}
