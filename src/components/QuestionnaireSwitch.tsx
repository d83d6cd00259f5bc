import { Link } from 'wouter';
import type { LocalizedText } from '@/domain/locale';
import { useI18n } from '@/i18n/I18nProvider';

export interface QuestionnaireChoice {
  id: string;
  title: LocalizedText;
  /** The round's core questionnaire (shown when the address names none). */
  core: boolean;
}

/**
 * Which of a round's questionnaires a screen shows: the core, or one of its modules. Each is
 * a link (`?q=<id>`, none for the core), so every view has an address of its own. Shown only
 * when the round has modules; says so when a module is shown, or when the address names a
 * questionnaire the round does not use.
 */
export function QuestionnaireSwitch(props: {
  choices: readonly QuestionnaireChoice[];
  /** The questionnaire the screen shows now. */
  shownId: string;
  /** The `?q=` of the address, if any. */
  requestedId: string | null;
  hrefFor: (questionnaireId: string | null) => string;
}) {
  const { t, text } = useI18n();
  const shown = props.choices.find((c) => c.id === props.shownId);
  const unknown = props.requestedId !== null && props.requestedId !== props.shownId;
  if (props.choices.length < 2 && !unknown) return null;
  return (
    <div className="questionnaire-switch">
      {props.choices.length > 1 ? (
        <nav aria-label={t('modules.switchLabel')}>
          <span className="questionnaire-switch__label" aria-hidden="true">
            {t('modules.switchLabel')}:
          </span>
          <ul>
            {props.choices.map((c) => {
              const title = text(c.title).text;
              return (
                <li key={c.id}>
                  <Link
                    to={props.hrefFor(c.core ? null : c.id)}
                    aria-current={c.id === props.shownId ? 'page' : undefined}
                  >
                    {c.core
                      ? t('modules.coreOption', { title })
                      : t('modules.moduleOption', { title })}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      {unknown ? <p className="notice notice--warning">{t('modules.unknownInAddress')}</p> : null}
      {shown && !shown.core ? (
        <p className="notice" role="note">
          {t('modules.showingModule', { title: text(shown.title).text })}
        </p>
      ) : null}
    </div>
  );
}
