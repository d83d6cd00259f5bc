import { useId, useMemo } from 'react';
import { LocalText } from '@/components/LocalText';
import { divergentItems, roleMeanRows } from '@/domain/compare/agency';
import type { RoundView } from '@/domain/round/types';
import type { CombinedScore } from '@/domain/statistics/respondents';
import { useI18n } from '@/i18n/I18nProvider';
import { TableScroll } from './TableScroll';
import type { CompareFormat } from './useCompareFormat';

/**
 * With several respondents: each role's mean per area, and the questions where the role
 * means differ by a level or more (DOMAIN: divergence ≥ 0.25), each with every role's value.
 */
export function RoleSection(props: {
  view: RoundView;
  combined: CombinedScore;
  format: CompareFormat;
}) {
  const { view, combined, format } = props;
  const { t } = useI18n();
  const headingId = useId();
  const meansCaptionId = useId();
  const divergenceCaptionId = useId();
  const roles = combined.roleMeans;
  const means = useMemo(() => roleMeanRows(view.questionnaire, combined), [view, combined]);
  const flagged = useMemo(() => divergentItems(view.questionnaire, combined), [view, combined]);
  const roleName = (role: (typeof roles)[number]['role']) => t(`role.${role}`);

  return (
    <section aria-labelledby={headingId} className="compare-section">
      <h2 id={headingId}>{t('agencyPage.rolesTitle')}</h2>
      {roles.length < 2 ? (
        <p>{t('agencyPage.oneRole')}</p>
      ) : (
        <>
          <p>{t('agencyPage.rolesIntro')}</p>
          <TableScroll captionId={meansCaptionId}>
            <table className="data-table">
              <caption id={meansCaptionId}>{t('agencyPage.rolesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.area')}</th>
                  {roles.map((r) => (
                    <th scope="col" key={r.role}>
                      {t('agencyPage.roleColumn', { role: roleName(r.role), count: r.respondents })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {means.map((row) => (
                  <tr
                    key={row.dimensionId ?? 'overall'}
                    className={row.dimensionId === null ? 'compare-table__overall' : undefined}
                  >
                    <th scope="row">{format.area(row.dimensionId)}</th>
                    {row.values.map((v, i) => (
                      <td key={roles[i]?.role ?? i}>{format.points(v)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <h3>{t('agencyPage.divergenceTitle')}</h3>
          <p>{t('agencyPage.divergenceIntro')}</p>
          {flagged.length === 0 ? (
            <p>{t('agencyPage.noDivergence')}</p>
          ) : (
            <TableScroll captionId={divergenceCaptionId}>
              <table className="data-table divergence-table">
                <caption id={divergenceCaptionId}>
                  {t('agencyPage.divergenceCaption', { count: flagged.length })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('agencyPage.question')}</th>
                    <th scope="col">{t('compare.area')}</th>
                    <th scope="col">{t('agencyPage.spread')}</th>
                    {roles.map((r) => (
                      <th scope="col" key={r.role}>
                        {roleName(r.role)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {flagged.map((d) => (
                    <tr key={d.itemId}>
                      <th scope="row">
                        <LocalText value={d.item.text} />
                      </th>
                      <td>{format.area(d.dimensionId)}</td>
                      <td>{format.points(d.spread)}</td>
                      {roles.map((r) => {
                        const value = d.byRole[r.role];
                        return (
                          <td key={r.role}>
                            {value === undefined
                              ? t('agencyPage.notAnswered')
                              : format.points(value)}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </section>
  );
}
