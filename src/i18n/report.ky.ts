import type { reportEn } from './report.en';
import type { CatalogLike } from './types';

export const reportKy: CatalogLike<typeof reportEn> = {
  'report.link': 'Басып чыгаруу үчүн отчёт',
  'report.roundLink': 'Басып чыгаруу үчүн раунддун жыйынтыгы',
  'report.print': 'Басып чыгаруу же PDF катары сактоо',
  'report.printHint':
    'Отчёт A4 кагазына, тик багытта даярдалган. Басып чыгаруу терезесинде принтерди же файл алуу үчүн «PDF катары сактоону» тандаңыз.',
  'report.backToResults': 'Жыйынтыктарга кайтуу',
  'report.backToRound': 'Раундга кайтуу',
  'report.about': 'Бул отчёт жөнүндө',
  'report.madeOn': 'Отчёт түзүлгөн',

  'report.agencyTitle': 'Электрондук башкарууга даярдык боюнча отчёт: {agency}',
  'report.round': 'Раунд',
  'report.period': 'Мезгил',
  'report.questionnaire': 'Суроолор топтому',
  'report.respondent': 'Респондент',
  'report.respondentValue': '{name} ({role})',
  'report.status': 'Абалы',
  'report.submittedOn': 'Жөнөтүлгөн: {date}',
  'report.draftChanged': 'Долбоор, акыркы өзгөртүү: {date}',
  'report.summaryTitle': 'Жыйынтык',
  'report.scoresTitle': 'Багыттар боюнча баллдар',
  'report.scoresCaption':
    'Багыттар боюнча балл, топ, баскыч, максат жана максатка чейинки айырма (0–100)',
  'report.gapsTitle': 'Максатка чейинки айырма',
  'report.gapsIntro':
    'Раунддун максатынан төмөн багыттар, эң шашылыштарынан баштап (багыттын салмагы × айырма).',
  'report.gapItem': '{area}: максат {target} болгондо {score}, {gap} упайга төмөн.',
  'report.noGaps': 'Баллы бар бардык багыттар максатка жетет.',
  'report.noTargets': 'Раундда максаттар коюлган эмес, ошондуктан айырма көрсөтүлбөйт.',
  'report.notesTitle': 'Эскертүүлөр жана далилдер',
  'report.notesIntro': 'Респондент жоопторго карата жазгандар, багыттар боюнча.',
  'report.noNotes': 'Эскертүүлөр жана далилдер берилген эмес.',

  'report.roundTitle': 'Раунддун жыйынтыгы: {round}',
  'report.agencies': 'Органдар',
  'report.codesKey': 'Багыттардын коддору',
  'report.heatmapCaption':
    'Орган жана багыт боюнча балл (0–100) топтун тамгасы менен; багыттардын коддору ачкычта',
  'report.rankingTitle': 'Жалпы балл боюнча рейтинг',
  'report.rankingCaption':
    'Өзүн-өзү баалоосун жөнөткөн органдар, эң жогорку жалпы баллдан баштап; бирдей баллдарда орун жалпы',
  'report.rank': 'Орун',
};
