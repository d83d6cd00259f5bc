import { useState } from 'react';
import type { ExchangeFile } from '@/domain/exchange/format';
import type { ImportPlan, PlanAction } from '@/domain/exchange/merge';
import type { ConflictChoice, ImportChoices } from '@/db/exchange';
import type { MessageKey } from '@/i18n/catalogs';
import { useI18n } from '@/i18n/I18nProvider';

const ACTION_KEYS: Record<PlanAction, MessageKey> = {
  add: 'import.actionAdd',
  update: 'import.actionUpdate',
  skip: 'import.actionSkip',
  conflict: 'import.actionConflict',
};

const CHOICES: { value: ConflictChoice; key: MessageKey }[] = [
  { value: 'keepBoth', key: 'import.keepBoth' },
  { value: 'keepMine', key: 'import.keepMine' },
  { value: 'takeTheirs', key: 'import.takeTheirs' },
];

/** Rows shown at first, and added per "show more"; conflicts are always all shown. */
const ROWS_SHOWN = 30;
const ROWS_MORE = 500;

interface Row {
  key: string;
  kind: MessageKey;
  name: string;
  action: PlanAction;
}

/**
 * What importing one file would change. Names are data: React shows them as text only.
 * Conflicts come first; a backup's ten thousand unremarkable rows are listed on request,
 * a page at a time, so the preview does not build (and the import then tear down) a row each.
 */
export function PlanDetails(props: {
  file: ExchangeFile;
  plan: ImportPlan;
  choices: ImportChoices;
  onChoose: (assessmentId: string, choice: ConflictChoice) => void;
}) {
  const { t, formatDateTime } = useI18n();
  const { plan, file } = props;
  const [extra, setExtra] = useState(0);
  const agencyNames = new Map(file.agencies.map((a) => [a.id, a.name]));
  const rows: Row[] = [
    ...plan.agencies.map((p) => ({
      key: `a-${p.incoming.id}`,
      kind: 'import.kindAgency' as const,
      name: p.incoming.name,
      action: p.action,
    })),
    ...plan.rounds.map((p) => ({
      key: `r-${p.incoming.id}`,
      kind: 'import.kindRound' as const,
      name: p.incoming.name,
      action: p.action,
    })),
    ...plan.assessments.map((p) => ({
      key: p.incoming.id,
      kind: 'import.kindAssessment' as const,
      name: `${agencyNames.get(p.incoming.agencyId) ?? ''} · ${p.incoming.respondent.name}`,
      action: p.action,
    })),
    // Keyed by the action's id, as assessments are: a conflict's choice is looked up by it.
    ...plan.actions.map((p) => ({
      key: p.incoming.id,
      kind: 'import.kindAction' as const,
      name: `${agencyNames.get(p.incoming.agencyId) ?? ''} · ${p.incoming.what}`,
      action: p.action,
    })),
  ];
  // Stable sort: conflicts first, the rest in the file's order.
  rows.sort((a, b) => Number(b.action === 'conflict') - Number(a.action === 'conflict'));
  const conflicts = rows.filter((row) => row.action === 'conflict').length;
  const visible = rows.slice(0, Math.max(ROWS_SHOWN, conflicts) + extra);
  const rest = rows.length - visible.length;
  const newQuestionnaires = plan.questionnaires
    .filter((q) => q.action === 'add')
    .map((q) => `${q.questionnaire.id} ${q.questionnaire.version}`);
  const date = formatDateTime(file.meta.createdAt);

  return (
    <div className="plan">
      <p>
        {t(file.meta.kind === 'backup' ? 'import.backupKind' : 'import.exchangeKind', { date })}
      </p>
      <p>{t('import.counts', { ...plan.counts })}</p>
      {newQuestionnaires.length > 0 ? (
        <p>{t('import.newQuestionnaires', { list: newQuestionnaires.join(', ') })}</p>
      ) : null}
      {plan.changes ? null : <p>{t('import.nothingNew')}</p>}
      <ul className="plan-rows">
        {visible.map((row) => (
          <li key={row.key} className={`plan-row plan-row--${row.action}`}>
            <span>
              {t(row.kind)}: {row.name} — {t(ACTION_KEYS[row.action])}
            </span>
            {row.action === 'conflict' ? (
              <fieldset className="conflict-choice">
                <legend>
                  {t(
                    row.kind === 'import.kindAction'
                      ? 'import.conflictTextAction'
                      : 'import.conflictText',
                  )}
                </legend>
                {CHOICES.map((choice) => (
                  <label key={choice.value}>
                    <input
                      type="radio"
                      name={`choice-${row.key}`}
                      value={choice.value}
                      checked={(props.choices[row.key] ?? 'keepBoth') === choice.value}
                      onChange={() => props.onChoose(row.key, choice.value)}
                    />
                    {t(choice.key)}
                  </label>
                ))}
              </fieldset>
            ) : null}
          </li>
        ))}
      </ul>
      {rest > 0 ? (
        <button type="button" onClick={() => setExtra((n) => n + ROWS_MORE)}>
          {t('import.showRows', { count: Math.min(ROWS_MORE, rest), rest })}
        </button>
      ) : null}
    </div>
  );
}
