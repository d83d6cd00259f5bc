import { downloadBlob, downloadText } from '@/components/download';
import type { CodebookWords } from '@/domain/exchange/codebook';
import { longSheet, roundSheetInput, wideSheet } from '@/domain/exchange/spreadsheet';
import type { Sheet, SheetInput } from '@/domain/exchange/spreadsheet';
import { roundWorkbook } from '@/domain/exchange/workbook';
import { csvFileName, toCsv } from '@/domain/round/csv';
import { STAGE_NAMES } from '@/domain/scoring/bands';
import { gatherForExport, recordExport } from '@/db/exchange';
import { useI18n } from '@/i18n/I18nProvider';

type Translate = ReturnType<typeof useI18n>['t'];

/**
 * Spreadsheets of a round, labels in the UI language: CSV long (agency × item) and wide
 * (agency), and one XLSX workbook with both and a codebook. The XLSX writer is loaded only
 * when that button is pressed.
 */
export function RoundSpreadsheets({ roundId }: { roundId: string }) {
  const { t, locale } = useI18n();

  const sheetInput = async (): Promise<SheetInput | null> =>
    roundSheetInput(await gatherForExport({ roundId }), roundId, locale, {
      na: t('answer.notApplicable'),
      dk: t('answer.dontKnow'),
      yes: t('answer.yes'),
      partial: t('answer.partial'),
      no: t('answer.no'),
      role: (role) => t(`role.${role}`),
    });

  const download = async (shape: 'long' | 'wide') => {
    const input = await sheetInput();
    if (!input) return;
    const sheet: Sheet = shape === 'long' ? longSheet(input) : wideSheet(input);
    downloadText(
      csvFileName(input.round.name, shape),
      toCsv(sheet.header, sheet.rows),
      'text/csv;charset=utf-8',
    );
    await recordExport();
  };

  const downloadWorkbook = async () => {
    const [input, xlsx] = await Promise.all([sheetInput(), import('@/domain/exchange/xlsx')]);
    if (!input) return;
    const bytes = xlsx.toXlsx(roundWorkbook(input, codebookWords(t)));
    downloadBlob(
      xlsx.xlsxFileName(csvFileName(input.round.name)),
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type: xlsx.XLSX_MIME }),
    );
    await recordExport();
  };

  return (
    <section aria-labelledby="export-sheets">
      <h2 id="export-sheets">{t('sheets.title')}</h2>
      <p>{t('sheets.text')}</p>
      <p>{t('sheets.xlsxText')}</p>
      <p>
        <button type="button" onClick={() => void download('long')}>
          {t('sheets.long')}
        </button>{' '}
        <button type="button" onClick={() => void download('wide')}>
          {t('sheets.wide')}
        </button>{' '}
        <button type="button" onClick={() => void downloadWorkbook()}>
          {t('sheets.xlsx')}
        </button>
      </p>
    </section>
  );
}

function codebookWords(t: Translate): CodebookWords {
  const band = (range: string, name: string) => t('codebook.band', { range, name });
  return {
    columns: {
      agency: t('codebook.col.agency'),
      round: t('codebook.col.round'),
      respondent: t('codebook.col.respondent'),
      role: t('codebook.col.role'),
      dimension_code: t('codebook.col.dimension_code'),
      dimension: t('codebook.col.dimension'),
      item_code: t('codebook.col.item_code'),
      item: t('codebook.col.item'),
      answer_code: t('codebook.col.answer_code'),
      answer: t('codebook.col.answer'),
      score: t('codebook.col.score'),
      note: t('codebook.col.note'),
      status: t('codebook.col.status'),
      overall: t('codebook.col.overall'),
      band: t('codebook.col.band'),
      stage: t('codebook.col.stage'),
    },
    dimensionScore: (title) => t('codebook.dimensionScore', { title }),
    itemTypes: {
      level: t('codebook.type.level'),
      yesPartialNo: t('codebook.type.yesPartialNo'),
      percentage: t('codebook.type.percentage'),
      choice: t('codebook.type.choice'),
      number: t('codebook.type.number'),
      text: t('codebook.type.text'),
    },
    statuses: { draft: t('codebook.status.draft'), submitted: t('codebook.status.submitted') },
    bands: {
      A: band('75–100', t('band.A')),
      B: band('50–75', t('band.B')),
      C: band('25–50', t('band.C')),
      D: band('0–25', t('band.D')),
    },
    stages: {
      1: t(`stage.${STAGE_NAMES[1]}`),
      2: t(`stage.${STAGE_NAMES[2]}`),
      3: t(`stage.${STAGE_NAMES[3]}`),
      4: t(`stage.${STAGE_NAMES[4]}`),
      5: t(`stage.${STAGE_NAMES[5]}`),
    },
    percentValue: t('codebook.percent'),
    numberValue: (unit) => (unit ? t('codebook.numberUnit', { unit }) : t('codebook.number')),
  };
}
