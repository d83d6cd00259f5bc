import { useId, useRef, useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';

/**
 * A file input and a drop zone around it. The zone is a button too, so a keyboard reaches
 * it (Enter or Space opens the file chooser) and a screen reader announces what it does.
 */
export function FilePicker(props: {
  label: string;
  dropLabel: string;
  multiple: boolean;
  onFiles: (files: File[]) => void;
}) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) props.onFiles(props.multiple ? files : files.slice(0, 1));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      input.current?.click();
    }
  };

  return (
    <div className="file-picker">
      <label htmlFor={inputId}>{props.label}</label>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple={props.multiple}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) props.onFiles(files);
        }}
      />
      <div
        role="button"
        tabIndex={0}
        className={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
        onClick={() => input.current?.click()}
        onKeyDown={onKeyDown}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        {props.dropLabel}
      </div>
    </div>
  );
}
