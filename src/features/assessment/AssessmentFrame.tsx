import type { ReactNode } from 'react';
import type { Progress } from '@/domain/progress';
import type { Questionnaire } from '@/domain/questionnaire/types';
import type { AssessmentView } from '@/db/views';
import { AssessmentHeader } from './AssessmentHeader';
import { StepNav } from './StepNav';

interface Props {
  view: AssessmentView;
  questionnaire: Questionnaire;
  progress: Progress;
  /** Index of the current step, or `null` on the review page. */
  current: number | null;
  /** Goes to `to`: step `step` (from 0) or, given `null`, the review page. */
  onNavigate: (to: string, step: number | null) => void;
  children: ReactNode;
}

/** Around every wizard step and the review: whose assessment, how far it has got, the steps. */
export function AssessmentFrame({ view, questionnaire, progress, ...props }: Props) {
  return (
    <div className="wizard">
      <AssessmentHeader view={view} progress={progress} />
      <div className="wizard__body">
        <StepNav
          questionnaire={questionnaire}
          progress={progress}
          current={props.current}
          base={`/assessments/${view.assessment.id}`}
          onNavigate={props.onNavigate}
        />
        {props.children}
      </div>
    </div>
  );
}
