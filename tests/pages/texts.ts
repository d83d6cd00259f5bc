/**
 * The interface texts the page objects look for, per language. Written out here rather than
 * imported from the app's catalogs, so a wrong or missing translation fails a test.
 */
export interface UiTexts {
  readonly language: string;
  readonly homeTitle: string;
  readonly startLink: string;
  readonly drafts: string;
  readonly submitted: string;
  readonly startTitle: string;
  readonly agencyName: string;
  readonly agencyShortName: string;
  readonly roundName: string;
  readonly roundStart: string;
  readonly roundEnd: string;
  readonly targets: string;
  readonly respondentName: string;
  readonly respondentRole: string;
  readonly startButton: string;
  /** The start form's summary after a submit with fields left wrong. */
  readonly fixErrors: string;
  /** A field's error when it is left empty. */
  readonly fieldRequired: string;
  /** "Step 2 of 9", whatever the count; any step when `step` is null. */
  readonly stepOf: (step: number | null) => RegExp;
  readonly note: string;
  readonly notApplicable: string;
  readonly dontKnow: string;
  readonly typedLabels: readonly string[];
  readonly next: string;
  readonly previous: string;
  readonly toReview: string;
  readonly steps: string;
  readonly conflictTitle: string;
  readonly keepMine: string;
  readonly reviewTitle: string;
  readonly allAnswered: string;
  readonly requiredMissing: RegExp;
  readonly submit: string;
  readonly seeResults: string;
  readonly reopen: string;
  readonly resultsTitle: string;
  readonly overallScore: string;
  readonly scoresTable: string;
  readonly notFoundTitle: string;
  readonly goHome: string;
  /** The service worker's prompts: first install, and a new version waiting. */
  readonly offlineReady: string;
  readonly updateAvailable: string;
  readonly updateLater: string;
  readonly dismiss: string;
  /** "Enter a number from 0 to 100. Not saved yet." for a percentage out of range. */
  readonly percentOutOfRange: string;
}

export const EN: UiTexts = {
  language: 'Language',
  homeTitle: 'E-governance readiness self-assessment',
  startLink: 'Start a self-assessment',
  drafts: 'Continue a draft',
  submitted: 'Submitted assessments',
  startTitle: 'Start a self-assessment',
  agencyName: 'Full name',
  agencyShortName: 'Short name',
  roundName: 'Name of the round',
  roundStart: 'Start date',
  roundEnd: 'End date',
  targets: 'Targets per area (0–100)',
  respondentName: 'Your name',
  respondentRole: 'Your role',
  startButton: 'Start the assessment',
  fixErrors: 'Some fields need attention. They are marked below.',
  fieldRequired: 'Please fill this in.',
  stepOf: (step) => new RegExp(`^Step ${step ?? '\\d+'} of \\d+$`),
  note: 'Notes and evidence',
  notApplicable: 'Not applicable',
  dontKnow: "Don't know",
  typedLabels: ['Percentage (0–100)', 'Number', 'Your answer'],
  next: 'Next',
  previous: 'Previous',
  toReview: 'Review and submit',
  steps: 'Steps',
  conflictTitle: 'Changed in another window',
  keepMine: 'Use my answer',
  reviewTitle: 'Review and submit',
  allAnswered: 'Every question is answered.',
  requiredMissing: /required questions? (is|are) not answered yet/,
  submit: 'Submit the assessment',
  seeResults: 'See the results',
  reopen: 'Reopen to change answers',
  resultsTitle: 'Results',
  overallScore: 'Overall score',
  scoresTable: 'Scores per area (0–100)',
  notFoundTitle: 'Not found',
  goHome: 'Go to the start page',
  offlineReady: 'The app is ready to work offline.',
  updateAvailable:
    'A new version of the app is ready. Your answers are saved; it starts when you choose.',
  updateLater: 'Later',
  dismiss: 'Close',
  percentOutOfRange: 'Enter a number from 0 to 100. Not saved yet.',
};

export const RU: UiTexts = {
  language: 'Язык',
  homeTitle: 'Самооценка готовности к электронному управлению',
  startLink: 'Начать самооценку',
  drafts: 'Продолжить черновик',
  submitted: 'Отправленные оценки',
  startTitle: 'Начать самооценку',
  agencyName: 'Полное название',
  agencyShortName: 'Краткое название',
  roundName: 'Название раунда',
  roundStart: 'Дата начала',
  roundEnd: 'Дата окончания',
  targets: 'Целевые значения по направлениям (0–100)',
  respondentName: 'Ваше имя',
  respondentRole: 'Ваша роль',
  startButton: 'Начать оценку',
  fixErrors: 'Некоторые поля требуют внимания. Они отмечены ниже.',
  fieldRequired: 'Заполните это поле.',
  stepOf: (step) => new RegExp(`^Шаг ${step ?? '\\d+'} из \\d+$`),
  note: 'Примечания и подтверждения',
  notApplicable: 'Не применимо',
  dontKnow: 'Не знаю',
  typedLabels: ['Процент (0–100)', 'Число', 'Ваш ответ'],
  next: 'Далее',
  previous: 'Назад',
  toReview: 'Проверка и отправка',
  steps: 'Шаги',
  conflictTitle: 'Изменено в другом окне',
  keepMine: 'Вернуть мой ответ',
  reviewTitle: 'Проверка и отправка',
  allAnswered: 'На все вопросы даны ответы.',
  requiredMissing: /^Без ответа \d+ обязательн/,
  submit: 'Отправить оценку',
  seeResults: 'Посмотреть результаты',
  reopen: 'Открыть заново для изменения',
  resultsTitle: 'Результаты',
  overallScore: 'Общий балл',
  scoresTable: 'Баллы по направлениям (0–100)',
  notFoundTitle: 'Не найдено',
  goHome: 'На главную страницу',
  offlineReady: 'Приложение готово к работе без интернета.',
  updateAvailable:
    'Готова новая версия приложения. Ваши ответы сохранены; она запустится, когда вы решите.',
  updateLater: 'Позже',
  dismiss: 'Закрыть',
  percentOutOfRange: 'Введите число от 0 до 100. Пока не сохранено.',
};

export const KY: UiTexts = {
  language: 'Тил',
  homeTitle: 'Электрондук башкарууга даярдыкты өзүн-өзү баалоо',
  startLink: 'Өзүн-өзү баалоону баштоо',
  drafts: 'Долбоорду улантуу',
  submitted: 'Тапшырылган баалоолор',
  startTitle: 'Өзүн-өзү баалоону баштоо',
  agencyName: 'Толук аталышы',
  agencyShortName: 'Кыскача аталышы',
  roundName: 'Раунддун аталышы',
  roundStart: 'Башталыш күнү',
  roundEnd: 'Аяктоо күнү',
  targets: 'Багыттар боюнча максаттуу маанилер (0–100)',
  respondentName: 'Аты-жөнүңүз',
  respondentRole: 'Ролуңуз',
  startButton: 'Баалоону баштоо',
  fixErrors: 'Айрым талааларды оңдоо керек. Алар төмөндө белгиленген.',
  fieldRequired: 'Бул талааны толтуруңуз.',
  // "9 кадамдын 2-кадамы": the count comes first, the step carries the ordinal suffix.
  stepOf: (step) => new RegExp(`^\\d+ кадамдын ${step ?? '\\d+'}-кадамы$`),
  note: 'Эскертүүлөр жана далилдер',
  notApplicable: 'Колдонулбайт',
  dontKnow: 'Билбейм',
  typedLabels: ['Пайыз (0–100)', 'Сан', 'Сиздин жообуңуз'],
  next: 'Кийинки',
  previous: 'Артка',
  toReview: 'Текшерүү жана тапшыруу',
  steps: 'Кадамдар',
  conflictTitle: 'Башка терезеде өзгөртүлдү',
  keepMine: 'Менин жообумду кайтаруу',
  reviewTitle: 'Текшерүү жана тапшыруу',
  allAnswered: 'Бардык суроолорго жооп берилди.',
  requiredMissing: /^\d+ милдеттүү суроого азырынча жооп берилген жок/,
  submit: 'Баалоону тапшыруу',
  seeResults: 'Жыйынтыктарды көрүү',
  reopen: 'Жоопторду өзгөртүү үчүн кайра ачуу',
  resultsTitle: 'Жыйынтыктар',
  overallScore: 'Жалпы балл',
  scoresTable: 'Багыттар боюнча баллдар (0–100)',
  notFoundTitle: 'Табылган жок',
  goHome: 'Башкы баракчага өтүү',
  offlineReady: 'Колдонмо интернетсиз иштөөгө даяр.',
  updateAvailable:
    'Колдонмонун жаңы версиясы даяр. Жоопторуңуз сакталды; ал сиз чечкенде иштей баштайт.',
  updateLater: 'Кийинчерээк',
  dismiss: 'Жабуу',
  percentOutOfRange: '0–100 аралыгындагы сан киргизиңиз. Азырынча сакталган жок.',
};

/** The interface texts by language code, as the "Language" select offers them. */
export const TEXTS = { ky: KY, ru: RU, en: EN } as const satisfies Record<string, UiTexts>;
export type UiLanguage = keyof typeof TEXTS;

/** Each language's own name in the "Language" select. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  ky: 'Кыргызча',
  ru: 'Русский',
  en: 'English',
};

/** For building a RegExp from visible text. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
