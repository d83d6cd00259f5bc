import { useEffect, useRef } from 'react';

export type DeckAction =
  'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'anonymise' | 'help' | 'escape';

const KEYS: Record<string, DeckAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  a: 'anonymise',
  A: 'anonymise',
  '?': 'help',
  h: 'help',
  H: 'help',
  Escape: 'escape',
};

/** The key's action, or null when the key is not the deck's or belongs to a form field. */
export function deckAction(event: KeyboardEvent): DeckAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return null;
  const action = KEYS[event.key];
  if (!action) return null;
  const target = event.target;
  // Typing the threshold, or a button's own Enter/Space, is not a slide command.
  const typing =
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLInputElement &&
        !['checkbox', 'radio', 'button', 'submit'].includes(target.type)));
  if (typing) {
    return action === 'escape' ? 'escape' : null;
  }
  return action;
}

/** Listens on the document, so the keys work wherever the focus is on the slide. */
export function useDeckKeys(onAction: (action: DeckAction) => void): void {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = deckAction(event);
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
