import type { reportEn } from './report.en';
import type { CatalogLike } from './types';

export const reportRu: CatalogLike<typeof reportEn> = {
  'report.link': 'Отчёт для печати',
  'report.roundLink': 'Сводка раунда для печати',
  'report.print': 'Печать или сохранение в PDF',
  'report.printHint':
    'Отчёт свёрстан для бумаги A4, книжная ориентация. В окне печати выберите принтер или «Сохранить как PDF», чтобы получить файл.',
  'report.backToResults': 'Назад к результатам',
  'report.backToRound': 'Назад к раунду',
  'report.about': 'Об этом отчёте',
  'report.madeOn': 'Отчёт составлен',

  'report.agencyTitle': 'Отчёт о готовности к электронному управлению: {agency}',
  'report.round': 'Раунд',
  'report.period': 'Период',
  'report.questionnaire': 'Анкета',
  'report.respondent': 'Респондент',
  'report.respondentValue': '{name} ({role})',
  'report.status': 'Статус',
  'report.submittedOn': 'Отправлено {date}',
  'report.draftChanged': 'Черновик, последнее изменение {date}',
  'report.summaryTitle': 'Итог',
  'report.scoresTitle': 'Баллы по направлениям',
  'report.scoresCaption': 'Балл, группа, этап, цель и отставание по направлениям (0–100)',
  'report.gapsTitle': 'Отставание от цели',
  'report.gapsIntro':
    'Направления ниже цели раунда, начиная с самых срочных (вес направления × отставание).',
  'report.gapItem': '{area}: {score} при цели {target}, ниже на {gap}.',
  'report.noGaps': 'Все направления с баллом достигают цели.',
  'report.noTargets': 'В раунде не заданы цели, поэтому отставание не показывается.',
  'report.notesTitle': 'Примечания и подтверждения',
  'report.notesIntro': 'Что респондент написал к ответам, по направлениям.',
  'report.noNotes': 'Примечаний и подтверждений нет.',

  'report.roundTitle': 'Сводка раунда: {round}',
  'report.agencies': 'Органы',
  'report.codesKey': 'Коды направлений',
  'report.heatmapCaption':
    'Балл по органу и направлению (0–100) с буквой группы; коды направлений — по ключу',
  'report.rankingTitle': 'Рейтинг по общему баллу',
  'report.rankingCaption':
    'Органы с отправленной самооценкой, от высшего общего балла; при равных баллах место общее',
  'report.rank': 'Место',
};
