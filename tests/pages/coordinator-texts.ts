/**
 * The coordinator screens' texts the page objects look for, per language. Written out here
 * (not imported from the app's catalogs), so a wrong or missing translation fails a test.
 */
import type { UiLanguage } from './texts';

export interface CoordinatorTexts {
  readonly loadDemo: string;
  readonly removeDemo: string;
  /** The start of the status after "Remove demo data". */
  readonly removed: string;
  readonly roundsTitle: string;
  readonly trendsLink: string;
  readonly compareLink: string;
  readonly setTargets: string;
  readonly targetsTitle: string;
  readonly saveTargets: string;
  readonly heatmapCaption: string;
  readonly reading: string;
  /** "<area> is the most uneven area", as the reading starts. */
  readonly mostUneven: (area: string) => string;
  readonly compareTitle: string;
  readonly pickLegend: string;
  readonly compareTable: string;
  readonly radarTitle: string;
  readonly rolesCaption: string;
  readonly respondents: string;
  readonly trendsTitle: string;
  readonly improved: string;
  readonly fellBack: string;
  readonly trendsTable: string;
}

export const COORDINATOR_EN: CoordinatorTexts = {
  loadDemo: 'Explore with demo data',
  removeDemo: 'Remove demo data',
  removed: 'Demo data removed',
  roundsTitle: 'Assessment rounds',
  trendsLink: 'Trends between rounds',
  compareLink: 'Compare agencies',
  setTargets: 'Set targets',
  targetsTitle: 'Targets',
  saveTargets: 'Save targets',
  heatmapCaption: 'Scores by agency and area (0–100 and band)',
  reading: 'Reading',
  mostUneven: (area) => `${area} is the most uneven area`,
  compareTitle: 'Compare agencies',
  pickLegend: 'Agencies to compare',
  compareTable: 'Scores per area side by side (0–100, with band)',
  radarTitle: 'Scores of the chosen agencies per area (0–100)',
  rolesCaption: 'Mean per role and area (0–100)',
  respondents: 'Respondents',
  trendsTitle: 'Trends between rounds',
  improved: 'Most improved',
  fellBack: 'Fell back',
  trendsTable: 'Change per area and overall, in points (0–100)',
};

export const COORDINATOR_RU: CoordinatorTexts = {
  loadDemo: 'Посмотреть на демонстрационных данных',
  removeDemo: 'Удалить демонстрационные данные',
  removed: 'Демонстрационные данные удалены',
  roundsTitle: 'Раунды оценки',
  trendsLink: 'Динамика между раундами',
  compareLink: 'Сравнить органы',
  setTargets: 'Задать цели',
  targetsTitle: 'Цели',
  saveTargets: 'Сохранить цели',
  heatmapCaption: 'Баллы по органам и направлениям (0–100 и группа)',
  reading: 'Вывод',
  mostUneven: (area) => `${area} — самое неравномерное направление`,
  compareTitle: 'Сравнение органов',
  pickLegend: 'Органы для сравнения',
  compareTable: 'Баллы по направлениям рядом друг с другом (0–100, с группой)',
  radarTitle: 'Баллы выбранных органов по направлениям (0–100)',
  rolesCaption: 'Среднее по ролям и направлениям (0–100)',
  respondents: 'Респонденты',
  trendsTitle: 'Динамика между раундами',
  improved: 'Наибольший рост',
  fellBack: 'Снижение',
  trendsTable: 'Изменение по направлениям и в целом, в баллах (0–100)',
};

export const COORDINATOR_KY: CoordinatorTexts = {
  loadDemo: 'Демо маалыматтар менен таанышуу',
  removeDemo: 'Демо маалыматтарды өчүрүү',
  removed: 'Демо маалыматтар өчүрүлдү',
  roundsTitle: 'Баалоо раунддары',
  trendsLink: 'Раунддар ортосундагы өзгөрүүлөр',
  compareLink: 'Органдарды салыштыруу',
  setTargets: 'Максаттарды коюу',
  targetsTitle: 'Максаттар',
  saveTargets: 'Максаттарды сактоо',
  heatmapCaption: 'Органдар жана багыттар боюнча баллдар (0–100 жана топ)',
  reading: 'Корутунду',
  mostUneven: (area) => `${area} — эң бир калыпта эмес багыт`,
  compareTitle: 'Органдарды салыштыруу',
  pickLegend: 'Салыштыруу үчүн органдар',
  compareTable: 'Багыттар боюнча баллдар катар (0–100, тобу менен)',
  radarTitle: 'Тандалган органдардын багыттар боюнча баллдары (0–100)',
  rolesCaption: 'Ролдор жана багыттар боюнча орточо (0–100)',
  respondents: 'Респонденттер',
  trendsTitle: 'Раунддар ортосундагы өзгөрүүлөр',
  improved: 'Эң көп өскөндөр',
  fellBack: 'Төмөндөгөндөр',
  trendsTable: 'Багыттар боюнча жана жалпы өзгөрүү, баллдар менен (0–100)',
};

export const COORDINATOR_TEXTS = {
  ky: COORDINATOR_KY,
  ru: COORDINATOR_RU,
  en: COORDINATOR_EN,
} as const satisfies Record<UiLanguage, CoordinatorTexts>;
