import { useI18n } from '@/i18n/I18nProvider';
import type { MessageKey } from '@/i18n/catalogs';
import type { ExportChoices } from './ExportPage';

export type ScopeKind = 'assessment' | 'agency' | 'round';

const KINDS: { kind: ScopeKind; label: MessageKey; field: MessageKey }[] = [
  { kind: 'assessment', label: 'export.scopeAssessment', field: 'export.assessment' },
  { kind: 'agency', label: 'export.scopeAgency', field: 'export.agency' },
  { kind: 'round', label: 'export.scopeRound', field: 'export.round' },
];

/** What to export: one assessment, an agency's, or a round's, and which one. */
export function ScopeFields(props: {
  choices: ExportChoices;
  kind: ScopeKind;
  onKind: (kind: ScopeKind) => void;
  value: string;
  onValue: (value: string) => void;
}) {
  const { t } = useI18n();
  const { summaries, agencies, rounds } = props.choices;
  const options =
    props.kind === 'assessment'
      ? summaries.map((s) => ({
          id: s.assessment.id,
          label: `${s.agency?.name ?? t('common.unknownAgency')} · ${s.round?.name ?? ''} · ${s.assessment.respondent.name}`,
        }))
      : props.kind === 'agency'
        ? agencies.map((a) => ({ id: a.id, label: a.name }))
        : rounds.map((r) => ({ id: r.id, label: r.name }));
  const field = KINDS.find((k) => k.kind === props.kind)?.field ?? 'export.assessment';
  return (
    <>
      <fieldset>
        <legend>{t('export.what')}</legend>
        {KINDS.map((k) => (
          <label key={k.kind}>
            <input
              type="radio"
              name="scope"
              value={k.kind}
              checked={props.kind === k.kind}
              onChange={() => props.onKind(k.kind)}
            />
            {t(k.label)}
          </label>
        ))}
      </fieldset>
      <label htmlFor="export-target">{t(field)}</label>
      <select
        id="export-target"
        value={props.value}
        onChange={(event) => props.onValue(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
}
