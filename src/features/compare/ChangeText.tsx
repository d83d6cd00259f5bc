import type { SignedChange } from './useCompareFormat';

const ARROWS = { up: '▲', down: '▼', none: '' } as const;

/**
 * A signed change with an arrow: the sign and the arrow carry the direction in text and
 * shape, so it reads without colour; the arrow itself is hidden from screen readers, which
 * read the sign.
 */
export function ChangeText(props: { change: SignedChange; template?: (change: string) => string }) {
  const { change, template } = props;
  const arrow = ARROWS[change.direction];
  return (
    <span className={`change change--${change.direction}`}>
      {arrow ? <span aria-hidden="true">{arrow} </span> : null}
      {template ? template(change.text) : change.text}
    </span>
  );
}
