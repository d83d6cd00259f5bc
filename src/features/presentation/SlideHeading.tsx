import type { ReactNode, Ref } from 'react';

/** Each slide's one h1; it takes focus when the focus would otherwise be lost. */
export function SlideHeading({
  ref,
  kicker,
  children,
}: {
  ref: Ref<HTMLHeadingElement>;
  kicker?: ReactNode;
  children: ReactNode;
}) {
  return (
    <header className="slide__header">
      {kicker ? <p className="slide__kicker">{kicker}</p> : null}
      <h1 ref={ref} tabIndex={-1} className="slide__title">
        {children}
      </h1>
    </header>
  );
}
