import { useState } from 'react';
import { downloadText } from '@/components/download';
import { createExchangeFile } from '@/domain/exchange/create';
import type { ExchangeKind } from '@/domain/exchange/format';
import { gatherForExport, recordExport } from '@/db/exchange';
import type { ExportScope } from '@/db/exchange';
import { APP_VERSION, EXPORT_ITERATIONS } from './export-form';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'working'; encrypting: boolean }
  | { phase: 'done'; file: string }
  | { phase: 'failed'; message: string };

/** Gathers, writes (encrypting when asked), downloads, and remembers the export. */
export function useExportFile() {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const run = async (
    scope: ExportScope,
    kind: ExchangeKind,
    fileName: string,
    passphrase?: string,
  ) => {
    setState({ phase: 'working', encrypting: passphrase !== undefined });
    try {
      const content = await gatherForExport(scope);
      const text = await createExchangeFile(content, {
        kind,
        appVersion: APP_VERSION,
        now: new Date().toISOString(),
        passphrase,
        iterations: EXPORT_ITERATIONS,
      });
      downloadText(fileName, text, 'application/json');
      await recordExport();
      setState({ phase: 'done', file: fileName });
    } catch (error) {
      setState({ phase: 'failed', message: error instanceof Error ? error.message : '' });
    }
  };
  return { state, run };
}
