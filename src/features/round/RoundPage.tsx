import { RoundRoute } from './RoundRoute';
import { RoundScreen } from './RoundScreen';

export function RoundPage() {
  // A fresh screen per questionnaire: a sort or filter on one's areas means nothing on another's.
  return (
    <RoundRoute>{(view) => <RoundScreen key={view.questionnaire.id} view={view} />}</RoundRoute>
  );
}
