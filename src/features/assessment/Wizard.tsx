import { useCallback, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import type { Questionnaire } from '@/domain/questionnaire/types';
import { assessmentProgress } from '@/domain/progress';
import type { AssessmentView } from '@/db/views';
import { flushPendingWrites } from '@/db/pending-writes';
import { savePlace } from '@/db/places';
import { AssessmentFrame } from './AssessmentFrame';
import { StepForm } from './StepForm';
import { useShownStep } from './useShownStep';

interface Props {
  view: AssessmentView;
  questionnaire: Questionnaire;
  /** The step the address names, from 0. */
  stepIndex: number;
}

/**
 * The wizard: one step at a time in the assessment's frame (header and list of steps), which
 * stays in place from step to step; only the step is created anew.
 */
export function Wizard({ view, questionnaire, stepIndex }: Props) {
  const [, navigate] = useLocation();
  const { assessment } = view;
  const { shown, moveTo } = useShownStep(stepIndex);
  // The step on screen reports the progress its answers make, before they are stored.
  const [progress, setProgress] = useState(() =>
    assessmentProgress(questionnaire, assessment.answers),
  );

  // Remembered once per step shown, not again with every answer saved on it.
  useEffect(() => void savePlace(assessment.id, shown + 1), [assessment.id, shown]);

  // Every way out of a step writes what is pending first.
  const go = useCallback(
    async (to: string, step: number | null) => {
      await flushPendingWrites();
      if (step === null) navigate(to);
      else moveTo(step, to);
    },
    [navigate, moveTo],
  );

  return (
    <AssessmentFrame
      view={view}
      questionnaire={questionnaire}
      progress={progress}
      current={shown}
      onNavigate={go}
    >
      {/* A fresh form per step: the previous step's form flushes its answers as it unmounts. */}
      <StepForm
        key={shown}
        view={view}
        questionnaire={questionnaire}
        stepIndex={shown}
        shownProgress={progress}
        onProgress={setProgress}
        onNavigate={go}
      />
    </AssessmentFrame>
  );
}
