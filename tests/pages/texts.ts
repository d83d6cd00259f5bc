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
};

/** For building a RegExp from visible text. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
