import type { modulesEn } from './modules.en';
import type { CatalogLike } from './types';

/** Строки интерфейса для дополнительных модулей раунда. */
export const modulesRu: CatalogLike<typeof modulesEn> = {
  'modules.resultsTitle': 'Модули этого раунда',
  'modules.resultsIntro':
    'Каждый модуль оценивается отдельно. Баллы модулей никогда не входят в общий балл основной анкеты выше.',
  'modules.otherTitle': 'Другие анкеты этого раунда',
  'modules.moduleNote': 'Это модуль раунда. Он оценивается отдельно от основной анкеты.',
  'modules.colQuestionnaire': 'Анкета',
  'modules.colStatus': 'Статус',
  'modules.colScore': 'Балл (0–100)',
  'modules.colBand': 'Группа',
  'modules.colCompleteness': 'Заполнено',
  'modules.status.notStarted': 'не начат',
  'modules.status.draft': 'черновик',
  'modules.status.submitted': 'отправлен',
  'modules.notStored': 'нет на этом устройстве',
  'modules.open': 'Открыть: {title}',
  'modules.starting': 'Начинаем…',

  'modules.switchLabel': 'Показанная анкета',
  'modules.showingModule':
    'Показан модуль «{title}»: только его направления и оценки по нему. Данные основной анкеты сюда не входят.',
  'modules.unknownInAddress':
    'Анкета, указанная в адресе, не используется в этом раунде; показана основная анкета.',

  'modules.addTitle': 'Добавить модуль в этот раунд',
  'modules.addIntro':
    'Органы заполняют модуль отдельно от основной анкеты; его результаты показываются отдельно.',
  'modules.addField': 'Модуль',
  'modules.addButton': 'Добавить модуль',
  'modules.adding': 'Добавляем…',
  'modules.added': 'Модуль добавлен: {title}. Его цели по умолчанию 60 по каждому направлению.',
  'modules.addFailed': 'Не удалось добавить модуль: {message}',
  'modules.noneStored': 'На этом устройстве нет ни одной анкеты-модуля.',
  'modules.allAdded': 'Все модули, сохранённые на этом устройстве, уже входят в этот раунд.',
};
