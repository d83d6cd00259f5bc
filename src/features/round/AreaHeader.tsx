import type { RoundView } from '@/domain/round/types';
import { HiddenNote } from './HiddenNote';
import type { RoundFormat } from './useRoundFormat';

/** A row's header in the round's tables: the area (null: overall), noting hidden figures. */
export function AreaHeader(props: {
  view: RoundView;
  format: RoundFormat;
  dimensionId: string | null;
}) {
  return (
    <th scope="row">
      {props.format.area(props.dimensionId)}
      <HiddenNote view={props.view} dimensionId={props.dimensionId} />
    </th>
  );
}
