import { useId } from 'react';

/** A labelled progress bar whose figures are also written out, never colour alone. */
export function ProgressBar({
  label,
  value,
  max,
  text,
}: {
  label: string;
  value: number;
  max: number;
  text: string;
}) {
  const id = useId();
  return (
    <div className="progress">
      <span id={id} className="progress__label">
        {label}
      </span>
      <progress aria-labelledby={id} value={value} max={Math.max(max, 1)} />
      <span className="progress__text">{text}</span>
    </div>
  );
}
