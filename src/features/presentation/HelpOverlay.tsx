import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useI18n } from '@/i18n/I18nProvider';

/**
 * The list of keys, as a modal dialog: focus goes to its Close button and stays inside; Esc
 * (handled by the deck) or Close shuts it and the focus returns where it was.
 */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const titleId = useId();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    close.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  // One focusable element: Tab stays on it rather than leaving the dialog.
  const trap = (event: KeyboardEvent) => {
    if (event.key === 'Tab') {
      event.preventDefault();
      close.current?.focus();
    }
  };
  const or = (a: string, b: string) => t('present.keyOr', { a, b });
  const keys: [string, string][] = [
    [or('→', 'Page Down'), t('present.keyNext')],
    [or('←', 'Page Up'), t('present.keyPrevious')],
    ['Home', t('present.keyFirst')],
    ['End', t('present.keyLast')],
    ['F', t('present.keyFullscreen')],
    ['A', t('present.keyAnonymise')],
    [or('?', 'H'), t('present.keyHelp')],
    ['Esc', t('present.keyEscape')],
  ];
  return (
    <div className="help-backdrop">
      <div
        className="help-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={trap}
      >
        <h2 id={titleId}>{t('present.helpTitle')}</h2>
        <table className="present-table help-keys">
          <caption className="visually-hidden">{t('present.helpTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('present.keyColumn')}</th>
              <th scope="col">{t('present.actionColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map(([key, action]) => (
              <tr key={key}>
                <th scope="row">
                  <kbd>{key}</kbd>
                </th>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={close} type="button" onClick={onClose}>
          {t('present.helpClose')}
        </button>
      </div>
    </div>
  );
}
