import './exchange.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { Loading } from '@/components/PageStates';
import { listAgencies } from '@/db/agencies';
import { listRounds } from '@/db/rounds';
import { listAssessmentSummaries } from '@/db/views';
import { useI18n } from '@/i18n/I18nProvider';
import { exportFileName } from './export-form';
import { ExportStatus } from './ExportStatus';
import { PassphraseFields } from './PassphraseFields';
import { usePassphrase } from './usePassphrase';
import { RoundSpreadsheets } from './RoundSpreadsheets';
import { ScopeFields, type ScopeKind } from './ScopeFields';
import { useExportFile } from './useExportFile';

async function loadChoices() {
  const [summaries, agencies, rounds] = await Promise.all([
    listAssessmentSummaries(),
    listAgencies(),
    listRounds(),
  ]);
  return { summaries, agencies, rounds };
}

export type ExportChoices = Awaited<ReturnType<typeof loadChoices>>;

export function ExportPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const choices = useLiveQuery(loadChoices);
  const [kind, setKind] = useState<ScopeKind>('assessment');
  const [selected, setSelected] = useState<Record<ScopeKind, string>>({
    assessment: params.get('assessment') ?? '',
    agency: '',
    round: '',
  });
  const secret = usePassphrase();
  const { state, run } = useExportFile();

  if (!choices) return <Loading />;
  const { summaries, agencies, rounds } = choices;
  const pick = (k: ScopeKind) => {
    const fallback =
      k === 'assessment'
        ? summaries[0]?.assessment.id
        : k === 'agency'
          ? agencies[0]?.id
          : rounds[0]?.id;
    return selected[k] || fallback || '';
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const passphrase = secret.check();
    if (passphrase === null) return;
    const id = pick(kind);
    if (!id) return;
    const scope =
      kind === 'assessment'
        ? { assessmentId: id }
        : kind === 'agency'
          ? { agencyId: id }
          : { roundId: id };
    const name = nameOf(choices, kind, id);
    void run(scope, 'exchange', exportFileName([name], new Date().toISOString()), passphrase);
  };

  return (
    <div className="page exchange">
      <h1>{t('export.title')}</h1>
      <p className="lead">{t('export.intro')}</p>
      {summaries.length === 0 ? (
        <p>{t('export.nothing')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <ScopeFields
            choices={choices}
            kind={kind}
            onKind={setKind}
            value={pick(kind)}
            onValue={(value) => setSelected((all) => ({ ...all, [kind]: value }))}
          />
          <PassphraseFields idPrefix="export" {...secret.fields} />
          <button type="submit" className="button primary" disabled={state.phase === 'working'}>
            {t('export.submit')}
          </button>
          <ExportStatus state={state} />
        </form>
      )}
      {kind === 'round' && pick('round') ? <RoundSpreadsheets roundId={pick('round')} /> : null}
      <p>
        <Link to="/exchange/import">{t('export.toImport')}</Link> ·{' '}
        <Link to="/exchange/backup">{t('export.toBackup')}</Link>
      </p>
    </div>
  );
}

function nameOf(choices: ExportChoices, kind: ScopeKind, id: string): string {
  if (kind === 'agency') return choices.agencies.find((a) => a.id === id)?.shortName ?? 'agency';
  if (kind === 'round') return choices.rounds.find((r) => r.id === id)?.name ?? 'round';
  const summary = choices.summaries.find((s) => s.assessment.id === id);
  return (
    [summary?.agency?.shortName, summary?.round?.name].filter(Boolean).join('-') || 'assessment'
  );
}
