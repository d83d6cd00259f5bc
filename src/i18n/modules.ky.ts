import type { modulesEn } from './modules.en';
import type { CatalogLike } from './types';

/** Раунддун кошумча модулдарынын интерфейс саптары. */
export const modulesKy: CatalogLike<typeof modulesEn> = {
  'modules.resultsTitle': 'Бул раунддун модулдары',
  'modules.resultsIntro':
    'Ар бир модуль өзүнчө бааланат. Модулдардын упайлары жогорудагы негизги жалпы упайга эч качан кошулбайт.',
  'modules.otherTitle': 'Бул раунддун башка анкеталары',
  'modules.moduleNote': 'Бул раунддун модулу. Ал негизги анкетадан бөлөк, өзүнчө бааланат.',
  'modules.colQuestionnaire': 'Анкета',
  'modules.colStatus': 'Абалы',
  'modules.colScore': 'Упай (0–100)',
  'modules.colBand': 'Топ',
  'modules.colCompleteness': 'Толтурулганы',
  'modules.status.notStarted': 'башталган жок',
  'modules.status.draft': 'долбоор',
  'modules.status.submitted': 'тапшырылган',
  'modules.notStored': 'бул түзмөктө жок',
  'modules.open': 'Ачуу: {title}',
  'modules.starting': 'Башталууда…',

  'modules.switchLabel': 'Көрсөтүлгөн анкета',
  'modules.showingModule':
    '«{title}» модулу көрсөтүлдү: анын багыттары жана ал боюнча баалоолор гана. Негизги анкетанын маалыматтары кошулган жок.',
  'modules.unknownInAddress':
    'Даректе көрсөтүлгөн анкета бул раундда колдонулбайт; негизги анкета көрсөтүлдү.',

  'modules.addTitle': 'Бул раундга модуль кошуу',
  'modules.addIntro':
    'Органдар модулду негизги анкетадан бөлөк толтурушат; анын жыйынтыктары өзүнчө көрсөтүлөт.',
  'modules.addField': 'Модуль',
  'modules.addButton': 'Модуль кошуу',
  'modules.adding': 'Кошулууда…',
  'modules.added': 'Модуль кошулду: {title}. Анын максаттары ар бир багыт боюнча алгач 60.',
  'modules.addFailed': 'Модулду кошуу мүмкүн болгон жок: {message}',
  'modules.noneStored': 'Бул түзмөктө бир да модуль-анкета сакталган эмес.',
  'modules.allAdded': 'Бул түзмөктөгү бардык модулдар бул раундга мурунтан эле кирет.',
};
