import { startTransition, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useLocationProperty } from 'wouter/use-browser-location';
import type { Questionnaire } from '@/domain/questionnaire/types';
import type { Answer, Answers } from '@/domain/records';
import type { AssessmentView } from '@/db/views';
import { assessmentProgress, sameProgress } from '@/domain/progress';
import type { Progress } from '@/domain/progress';
import { isItemVisible } from '@/domain/questionnaire/access';
import { useI18n } from '@/i18n/I18nProvider';
import { LocalText } from '@/components/LocalText';
import { answerFromField, fieldFromAnswer, responseFromField } from './answer-fields';
import { ConflictNotice } from './ConflictNotice';
import { ItemField } from './ItemField';
import type { StepFormValues } from './ItemField';
import { afterNextPaint } from './after-paint';
import { SaveStatus } from './SaveStatus';
import { useStepSnapshot } from './useStepSnapshot';
import { useAutosave } from './useAutosave';

/**
 * How many questions a step renders in its first frame: a question with five described levels
 * is about what fills the first screen below the header on a 1366×768 office screen. The rest
 * follow straight after, in an update that typing or clicking can interrupt, so the step
 * appears sooner on an old office PC.
 */
const FIRST_FRAME_ITEMS = 1;

/**
 * How long after the first frame is drawn the rest of the step follows. Drawing the rest at
 * once competed, on a two-core office PC, with rasterising that first frame and putting it on
 * screen: waiting this long brought "Next" to the step shown on screen from 46 to 32 ms.
 */
const REST_AFTER_MS = 40;

// The router's location is the path alone. The browser tells of a new `#item-…` both from a
// link to this step and from an in-page anchor (a conflict notice's), and the effect below
// focuses it either way.
const currentHash = () => window.location.hash;

interface Props {
  view: AssessmentView;
  questionnaire: Questionnaire;
  stepIndex: number;
  /** The progress the header and step list show now. */
  shownProgress: Progress;
  /** Told the progress the answers on screen make, when it differs from what is shown. */
  onProgress: (progress: Progress) => void;
  /** Leaves the step for `to`: step `step` (from 0) or, given `null`, the review page. */
  onNavigate: (to: string, step: number | null) => Promise<void>;
}

/** One step of the wizard: its questions, what is saved and the way on. */
export function StepForm({ view, questionnaire, stepIndex, ...props }: Props) {
  const { t, text } = useI18n();
  const hash = useLocationProperty(currentHash);
  const { assessment } = view;
  const dimension = questionnaire.dimensions[stepIndex];
  const items = useMemo(() => dimension?.items ?? [], [dimension]);
  const readOnly = assessment.status === 'submitted';
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  const { control, register, setValue, getValues } = useForm<StepFormValues>({
    defaultValues: { items: items.map((item) => fieldFromAnswer(assessment.answers[item.id])) },
  });

  const indexById = useMemo(() => new Map(items.map((item, i) => [item.id, i])), [items]);
  const autosave = useAutosave(assessment.id, assessment.answers, {
    onExternalChange: (itemId, answer) => {
      const index = indexById.get(itemId);
      if (index !== undefined) setValue(`items.${index}`, fieldFromAnswer(answer));
    },
  });

  const onEdit = useCallback(
    (index: number, mode: 'now' | 'typing') => {
      const item = items[index];
      const field = getValues(`items.${index}`);
      if (!item || !field) return;
      const answer = answerFromField(
        item,
        field,
        assessment.answers[item.id],
        new Date().toISOString(),
      );
      autosave.change(item.id, answer, mode);
    },
    [autosave, getValues, items, assessment.answers],
  );

  // Visibility follows what is on screen now, before it is stored.
  const fields = useWatch({ control, name: 'items' });
  const liveAnswers = useMemo<Answers>(() => {
    const merged: Answers = { ...assessment.answers };
    items.forEach((item, i) => {
      const field = fields[i];
      if (!field) return;
      const answer: Answer | null = answerFromField(item, field, merged[item.id], '');
      if (answer) merged[item.id] = answer;
      else delete merged[item.id];
    });
    return merged;
  }, [assessment.answers, fields, items]);
  const progress = useMemo(
    () => assessmentProgress(questionnaire, liveAnswers),
    [questionnaire, liveAnswers],
  );
  const { shownProgress, onProgress } = props;
  useEffect(() => {
    if (!sameProgress(progress, shownProgress)) onProgress(progress);
  }, [progress, shownProgress, onProgress]);

  const [firstFrame, setFirstFrame] = useState(true);
  useEffect(
    () => afterNextPaint(() => startTransition(() => setFirstFrame(false)), REST_AFTER_MS),
    [],
  );

  // Keep a picture of the step for the next time this draft is opened (see `step-snapshot`).
  const itemsRef = useRef<HTMLDivElement>(null);
  useStepSnapshot(
    itemsRef,
    {
      assessmentId: assessment.id,
      number: stepIndex + 1,
      revision: assessment.revision,
      firstItems: FIRST_FRAME_ITEMS,
    },
    !firstFrame && !readOnly,
  );

  // Focus the step heading on arrival, or the item named in the address (from the review page).
  useEffect(() => {
    const target = hash ? document.getElementById(hash.slice(1)) : null;
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.querySelector<HTMLElement>('input, textarea')?.focus();
    } else {
      headingRef.current?.focus();
    }
  }, [hash]);

  if (!dimension) return null;
  const count = questionnaire.dimensions.length;
  const base = `/assessments/${assessment.id}`;
  const visibleItems = items.filter((item) => isItemVisible(questionnaire, item, liveAnswers));
  const firstVisibleId = visibleItems[0]?.id;
  // The first frame shows enough for the first screen, and down to the question the address
  // names (a link from the review page), so that it can be focused.
  const named = visibleItems.findIndex((item) => `#item-${item.id}` === hash);
  const shown = new Set(
    (firstFrame ? visibleItems.slice(0, Math.max(FIRST_FRAME_ITEMS, named + 1)) : visibleItems).map(
      (item) => item.id,
    ),
  );
  const invalidCount = visibleItems.filter((item) => {
    const field = fields[items.indexOf(item)];
    return field !== undefined && !responseFromField(item, field).ok;
  }).length;

  return (
    <form className="wizard__step" onSubmit={(e) => e.preventDefault()} noValidate>
      <p className="wizard__step-count">{t('wizard.stepOf', { step: stepIndex + 1, count })}</p>
      <h1 ref={headingRef} id={headingId} tabIndex={-1} elementtiming={`step-${stepIndex + 1}`}>
        {text(dimension.title).text}
      </h1>
      <p className="lead">
        <LocalText value={dimension.description} />
      </p>
      {readOnly ? (
        <p className="notice" role="note">
          {t('wizard.readOnly')}
        </p>
      ) : null}
      <ConflictNotice
        conflicts={autosave.conflicts}
        questionnaire={questionnaire}
        onResolve={autosave.resolveConflict}
      />
      {/* Busy while the questions below the first screen are still being added. A group
          rather than a fieldset: Chrome reports the paint of text inside a fieldset one frame
          late, which would skew the benchmark's "first question painted"; every control is
          disabled on its own when the assessment is read-only. */}
      <div ref={itemsRef} role="group" aria-labelledby={headingId} aria-busy={firstFrame}>
        {items.map((item, index) =>
          shown.has(item.id) ? (
            <ItemField
              key={item.id}
              item={item}
              index={index}
              number={`${stepIndex + 1}.${visibleItems.indexOf(item) + 1}`}
              control={control}
              register={register}
              setValue={setValue}
              disabled={readOnly}
              timingId={item.id === firstVisibleId ? 'first-question' : undefined}
              onEdit={onEdit}
            />
          ) : null,
        )}
      </div>
      <div className="wizard__actions">
        <SaveStatus status={autosave.status} invalid={invalidCount} />
        {stepIndex > 0 ? (
          <button
            type="button"
            onClick={() => void props.onNavigate(`${base}/step/${stepIndex}`, stepIndex - 1)}
          >
            {t('wizard.previous')}
          </button>
        ) : null}
        <button
          type="button"
          className="primary"
          onClick={() =>
            void (stepIndex + 1 < count
              ? props.onNavigate(`${base}/step/${stepIndex + 2}`, stepIndex + 1)
              : props.onNavigate(`${base}/review`, null))
          }
        >
          {stepIndex + 1 < count ? t('wizard.next') : t('wizard.toReview')}
        </button>
      </div>
    </form>
  );
}
