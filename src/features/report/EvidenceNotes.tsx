import { useId } from 'react';
import type { DimensionEvidence } from '@/domain/report/evidence';
import type { Questionnaire } from '@/domain/questionnaire/types';
import { LocalText } from '@/components/LocalText';
import { useI18n } from '@/i18n/I18nProvider';

/** The respondent's notes and evidence, under each area's title, question by question. */
export function EvidenceNotes(props: {
  questionnaire: Questionnaire;
  groups: DimensionEvidence[];
}) {
  const { questionnaire, groups } = props;
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('report.notesTitle')}</h2>
      {groups.length === 0 ? (
        <p>{t('report.noNotes')}</p>
      ) : (
        <p className="hint">{t('report.notesIntro')}</p>
      )}
      {groups.map((group) => {
        const dimension = questionnaire.dimensions.find((d) => d.id === group.dimensionId);
        if (!dimension) return null;
        return (
          <section key={group.dimensionId} className="report-notes">
            <h3>
              <LocalText value={dimension.title} />
            </h3>
            <dl>
              {group.notes.map(({ itemId, note }) => {
                const item = dimension.items.find((i) => i.id === itemId);
                return (
                  <div key={itemId} className="report-notes__item">
                    <dt>{item ? <LocalText value={item.text} /> : itemId}</dt>
                    <dd>{note}</dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </section>
  );
}
