import type { LocalizedText } from '@/domain/locale';
import { useI18n } from '@/i18n/I18nProvider';

/**
 * Questionnaire text in the chosen language. When the questionnaire lacks that language the
 * text shown is marked with its own language, so a fallback is never silent.
 */
export function LocalText({ value }: { value: LocalizedText | undefined }) {
  const { text } = useI18n();
  const picked = text(value);
  if (!picked.fallback) return <>{picked.text}</>;
  return (
    <span lang={picked.locale} className="fallback-text">
      {picked.text} <span className="fallback-text__mark">[{picked.locale}]</span>
    </span>
  );
}
