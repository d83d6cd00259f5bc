import './actions.css';
import { useState } from 'react';
import { addAction, deleteAction, updateAction } from '@/db/actions';
import { isRepositoryError } from '@/db/errors';
import { isActionStatus, type ActionInput, type ActionValues } from '@/domain/actions/input';
import { planDimensions } from '@/domain/actions/plan';
import type { Questionnaire } from '@/domain/questionnaire/types';
import { ACTION_STATUSES, type Action, type Assessment } from '@/domain/records';
import { toPercent } from '@/domain/scoring/bands';
import type { AssessmentScore } from '@/domain/scoring/score';
import { useAgencyActions } from '@/hooks/useAgencyActions';
import { useI18n } from '@/i18n/I18nProvider';
import { ActionForm } from './ActionForm';
import { dueDate } from './ActionPlanTable';

type Editing = { kind: 'new'; dimensionId: string } | { kind: 'edit'; action: Action } | null;

const EMPTY: ActionInput = { what: '', who: '', due: '', status: 'planned' };

const addButtonId = (dimensionId: string) => `action-add-${dimensionId}`;

/**
 * The agency's action plan for this round, per area with a gap to target: actions are
 * added, edited, moved on in status and deleted here, each change stored at once.
 */
export function ActionPlan(props: {
  assessment: Assessment;
  questionnaire: Questionnaire;
  score: AssessmentScore;
}) {
  const { t, text, formatNumber, formatDateTime } = useI18n();
  const { agencyId, roundId } = props.assessment;
  const q = props.questionnaire;
  const stored = useAgencyActions(agencyId, roundId);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  if (stored === undefined) return null;

  const actions = stored.filter((a) => a.questionnaireId === q.id);
  const dimensions = planDimensions(props.score.dimensions, actions);
  const hasTargets = props.score.dimensions.some((d) => d.target !== undefined);
  const label = (id: string) => {
    const d = q.dimensions.find((x) => x.id === id);
    return d ? text(d.shortTitle ?? d.title).text : id;
  };
  const pct = (value: number | null) => (value === null ? '—' : formatNumber(toPercent(value)));

  /** Runs one repository call; a failure is said in words, and nothing changed. */
  const attempt = async (work: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await work();
      setFailure('');
      setMessage(done);
      return true;
    } catch (error) {
      setFailure(
        isRepositoryError(error, 'quotaExceeded')
          ? t('actions.quota')
          : t('actions.saveFailed', { message: error instanceof Error ? error.message : '' }),
      );
      return false;
    }
  };

  const focusLater = (id: string) =>
    requestAnimationFrame(() => document.getElementById(id)?.focus());

  const closeForm = () => {
    if (editing?.kind === 'new') focusLater(addButtonId(editing.dimensionId));
    if (editing?.kind === 'edit') focusLater(`action-edit-${editing.action.id}`);
    setEditing(null);
  };

  const save = async (values: ActionValues): Promise<boolean> => {
    if (!editing) return false;
    const saved =
      editing.kind === 'new'
        ? await attempt(
            () =>
              addAction({
                agencyId,
                roundId,
                questionnaireId: q.id,
                dimensionId: editing.dimensionId,
                ...values,
              }),
            t('actions.savedNew', { what: values.what }),
          )
        : await attempt(
            () => updateAction(editing.action.id, values),
            t('actions.savedEdit', { what: values.what }),
          );
    if (saved) closeForm();
    return saved;
  };

  const form = (dimensionId: string, action?: Action) => (
    <ActionForm
      key={action?.id ?? `new-${dimensionId}`}
      title={action ? t('actions.editTitle') : t('actions.newTitle', { area: label(dimensionId) })}
      initial={
        action
          ? { what: action.what, who: action.who, due: action.due, status: action.status }
          : EMPTY
      }
      onSave={save}
      onCancel={closeForm}
    />
  );

  return (
    <section className="action-plan" aria-labelledby="action-plan-title">
      <h2 id="action-plan-title">{t('actions.title')}</h2>
      <p className="hint">{t('actions.intro')}</p>
      {hasTargets ? null : <p>{t('actions.noTargets')}</p>}
      {hasTargets && dimensions.length === 0 ? <p>{t('actions.noGaps')}</p> : null}
      <p role="status" className="action-plan__status">
        {message}
      </p>
      {failure ? (
        <p role="alert" className="notice notice--error">
          {failure}
        </p>
      ) : null}
      {dimensions.map((d) => (
        <section key={d.dimensionId} aria-labelledby={`action-dim-${d.dimensionId}`}>
          <h3 id={`action-dim-${d.dimensionId}`}>{label(d.dimensionId)}</h3>
          {d.target !== null ? (
            <p className="hint">
              {t('actions.gapLine', {
                score: pct(d.score),
                target: pct(d.target),
                gap: pct(d.gap),
              })}
            </p>
          ) : null}
          {d.actions.length === 0 ? <p>{t('actions.none')}</p> : null}
          <ul className="action-list">
            {d.actions.map((action) =>
              editing?.kind === 'edit' && editing.action.id === action.id ? (
                <li key={action.id}>{form(d.dimensionId, action)}</li>
              ) : (
                <li key={action.id} className="action-item">
                  <p className="action-item__what">{action.what}</p>
                  <p className="action-item__meta">
                    {action.who} ·{' '}
                    {t('actions.dueOn', { date: dueDate(action.due, formatDateTime) })}
                  </p>
                  {/* Labelled apart: a select inside its label adds its option to the name. */}
                  <div className="action-item__status">
                    <label htmlFor={`action-status-${action.id}`}>
                      {t('actions.statusOf', { what: action.what })}
                    </label>
                    <select
                      id={`action-status-${action.id}`}
                      value={action.status}
                      onChange={(e) => {
                        const status = e.target.value;
                        if (!isActionStatus(status)) return;
                        void attempt(
                          () => updateAction(action.id, { status }),
                          t('actions.statusSaved', {
                            what: action.what,
                            status: t(`actions.status.${status}`),
                          }),
                        );
                      }}
                    >
                      {ACTION_STATUSES.map((status) => (
                        <option key={status} value={status}>
                          {t(`actions.status.${status}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  {confirming === action.id ? (
                    <div
                      className="action-item__confirm"
                      role="group"
                      aria-labelledby={`action-confirm-${action.id}`}
                    >
                      <p id={`action-confirm-${action.id}`}>
                        {t('actions.confirmDelete', { what: action.what })}
                      </p>
                      <button
                        type="button"
                        className="button"
                        onClick={() => {
                          setConfirming(null);
                          focusLater(addButtonId(d.dimensionId));
                          void attempt(
                            () => deleteAction(action.id),
                            t('actions.deleted', { what: action.what }),
                          );
                        }}
                      >
                        {t('actions.confirmYes')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        onClick={() => {
                          setConfirming(null);
                          focusLater(`action-delete-${action.id}`);
                        }}
                      >
                        {t('actions.confirmNo')}
                      </button>
                    </div>
                  ) : (
                    <div className="actions">
                      <button
                        type="button"
                        className="button"
                        id={`action-edit-${action.id}`}
                        aria-label={t('actions.editNamed', { what: action.what })}
                        onClick={() => setEditing({ kind: 'edit', action })}
                      >
                        {t('actions.edit')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        id={`action-delete-${action.id}`}
                        aria-label={t('actions.deleteNamed', { what: action.what })}
                        onClick={() => setConfirming(action.id)}
                      >
                        {t('actions.delete')}
                      </button>
                    </div>
                  )}
                </li>
              ),
            )}
          </ul>
          {editing?.kind === 'new' && editing.dimensionId === d.dimensionId ? (
            form(d.dimensionId)
          ) : (
            <button
              type="button"
              className="button"
              id={addButtonId(d.dimensionId)}
              onClick={() => setEditing({ kind: 'new', dimensionId: d.dimensionId })}
            >
              {t('actions.addFor', { area: label(d.dimensionId) })}
            </button>
          )}
        </section>
      ))}
    </section>
  );
}
