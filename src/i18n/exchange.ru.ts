import type { exchangeEn } from './exchange.en';
import type { CatalogLike } from './types';

export const exchangeRu: CatalogLike<typeof exchangeEn> = {
  'exchangeHome.title': 'Отправка и получение результатов',
  'exchangeHome.text':
    'Результаты передаются файлами: экспортируйте их, чтобы отправить по электронной почте или на USB-накопителе, импортируйте файлы, присланные вам, и храните резервную копию всех данных этого устройства.',
  'exchangeHome.export': 'Экспорт',
  'exchangeHome.import': 'Импорт',
  'exchangeHome.backup': 'Резервная копия и восстановление',

  'export.title': 'Экспорт результатов',
  'export.intro':
    'Создайте файл для отправки координатору или другому органу. В нём содержатся оценки вместе с органами, раундами и анкетами.',
  'export.what': 'Что экспортировать',
  'export.scopeAssessment': 'Одну оценку',
  'export.scopeAgency': 'Все оценки органа',
  'export.scopeRound': 'Весь раунд',
  'export.assessment': 'Оценка',
  'export.agency': 'Орган',
  'export.round': 'Раунд',
  'export.nothing': 'На этом устройстве пока нет данных для экспорта.',
  'export.encrypt': 'Защитить файл парольной фразой',
  'export.passphrase': 'Парольная фраза',
  'export.passphraseAgain': 'Парольная фраза ещё раз',
  'export.passphraseHint':
    'Не менее 8 символов. Сообщите её получателю иным способом, чем сам файл.',
  'export.passphraseShort': 'Парольная фраза должна содержать не менее 8 символов.',
  'export.passphraseMismatch': 'Две парольные фразы не совпадают.',
  'export.submit': 'Экспортировать файл',
  'export.encrypting': 'Шифрование…',
  'export.preparing': 'Подготовка файла…',
  'export.done': 'Файл {file} сохранён.',
  'export.failed': 'Не удалось создать файл: {message}',
  'export.toImport': 'Импортировать файлы',
  'export.toBackup': 'Резервная копия и восстановление',
  'export.fromResults': 'Экспортировать эту оценку',

  'import.title': 'Импорт результатов',
  'import.intro':
    'Выберите или перетащите полученные файлы. Каждый файл проверяется, и вы видите, что он изменит; ничего не сохраняется до вашего подтверждения.',
  'import.pick': 'Выбрать файлы',
  'import.drop': 'Перетащите файлы сюда или нажмите Enter, чтобы выбрать их',
  'import.reading': 'Проверка…',
  'import.encrypted': 'Файл зашифрован. Введите парольную фразу, с которой он был отправлен.',
  'import.passphraseFor': 'Парольная фраза для {name}',
  'import.unlock': 'Открыть файл',
  'import.wrongPassphrase':
    'Парольная фраза неверна, или файл был изменён. Проверьте парольную фразу и повторите попытку.',
  'import.problems': {
    one: 'Файл нельзя импортировать ({count} проблема):',
    few: 'Файл нельзя импортировать ({count} проблемы):',
    many: 'Файл нельзя импортировать ({count} проблем):',
    other: 'Файл нельзя импортировать ({count} проблемы):',
  },
  'import.place': 'Место: {place}',
  'import.detail': 'Подробности (на английском): {detail}',
  'import.counts':
    'Добавить: {add} · обновить: {update} · без изменений: {skip} · в конфликте: {conflict}',
  'import.newQuestionnaires': 'Новые версии анкет: {list}',
  'import.nothingNew': 'Всё содержимое этого файла уже есть на этом устройстве.',
  'import.actionAdd': 'будет добавлено',
  'import.actionUpdate': 'будет обновлено (более новая версия)',
  'import.actionSkip': 'без изменений',
  'import.actionConflict': 'в конфликте',
  'import.kindAgency': 'Орган',
  'import.kindRound': 'Раунд',
  'import.kindAssessment': 'Оценка',
  'import.conflictText': 'Эта оценка изменена и на этом устройстве, и в файле. Что сохранить?',
  'import.keepBoth': 'Сохранить обе (копия из файла добавляется рядом с моей)',
  'import.keepMine': 'Оставить мою',
  'import.takeTheirs': 'Взять версию из файла',
  'import.remove': 'Убрать {name} из списка',
  'import.confirm': 'Импортировать',
  'import.confirmFiles': {
    one: 'Импортировать {count} файл',
    few: 'Импортировать {count} файла',
    many: 'Импортировать {count} файлов',
    other: 'Импортировать {count} файла',
  },
  'import.importing': 'Импорт…',
  'import.summary':
    'Импорт выполнен. Добавлено: {added}, обновлено: {updated}, без изменений: {skipped}, сохранено рядом: {keptBoth}, заменено: {tookTheirs}, оставлено как было: {keptMine}, добавлено версий анкет: {questionnaires}.',
  'import.failed': 'Ничего не импортировано: {message}',
  'import.quota':
    'В браузере не осталось места для данных, поэтому ничего не записано. Освободите место на устройстве и повторите попытку.',
  'import.backupKind': 'Это резервная копия, созданная {date}.',
  'import.exchangeKind': 'Файл обмена, созданный {date}.',
  'import.batch': 'Выбрано файлов: {count}.',
  'import.batchStatus':
    'Готовы к импорту: {ready} · с проблемами: {problems} · нужна парольная фраза: {locked} · ещё проверяются: {reading}',
  'import.quietFiles':
    'Файлы, готовые к импорту, по которым ничего не нужно решать: {count}. Файлы с проблемами или конфликтами показаны выше.',
  'import.showFiles': 'Показать ещё {count} из них (не показано: {rest})',
  'import.showRows': 'Показать ещё строки: {count} (не показано: {rest})',

  'problem.tooLarge': 'Файл больше {maxMegabytes} МБ — максимума, который читает приложение.',
  'problem.notJson': 'Это не файл данных этого приложения (некорректный JSON).',
  'problem.truncated':
    'Файл обрывается слишком рано; вероятно, он был обрезан при копировании или отправке.',
  'problem.tooDeep': 'Файл имеет слишком глубокую вложенность; файлы обмена так не выглядят.',
  'problem.forbiddenKey': 'Файл содержит запрещённый ключ «{key}».',
  'problem.otherFormat': 'Это не файл обмена и не резервная копия этого приложения.',
  'problem.newerVersion':
    'Файл создан более новой версией приложения (формат {found}); это приложение читает формат {supported}. Обновите приложение, чтобы прочитать его.',
  'problem.bothContentAndEncrypted':
    'Файл зашифрован, но содержит и открытые данные; он создан не этим приложением.',
  'problem.digestMismatch':
    'Файл был изменён после создания (контрольная сумма не совпадает). Попросите отправителя прислать новую копию.',
  'problem.passphraseRequired':
    'Файл зашифрован; введите парольную фразу, с которой он был отправлен.',
  'problem.decryptFailed': 'Парольная фраза неверна, или файл был изменён.',
  'problem.duplicateRecord': 'Одна и та же запись встречается в файле дважды.',
  'problem.agencyCycle': 'Органы в файле указаны вышестоящими друг для друга.',
  'problem.unknownAgency':
    'Запись ссылается на орган, которого нет ни в файле, ни на этом устройстве.',
  'problem.unknownRound':
    'Запись ссылается на раунд, которого нет ни в файле, ни на этом устройстве.',
  'problem.missingQuestionnaire':
    'Ответы относятся к версии анкеты, которой нет ни в файле, ни на этом устройстве.',
  'problem.unknownTarget': 'Раунд задаёт целевое значение для того, чего нет в его анкете.',
  'problem.unknownItem': 'Ответ относится к вопросу, которого нет в анкете.',
  'problem.invalidAnswer':
    'Ответ не соответствует вопросу (например, число вне допустимого диапазона).',
  'problem.moreProblems': {
    one: 'И ещё {count} проблема.',
    few: 'И ещё {count} проблемы.',
    many: 'И ещё {count} проблем.',
    other: 'И ещё {count} проблемы.',
  },
  'problem.unreadable': 'Не удалось прочитать файл.',
  'problem.other': 'Значение в файле недопустимо.',

  'sheets.title': 'Таблицы раунда',
  'sheets.text':
    'Файлы CSV, которые открываются в Excel и LibreOffice без искажения кириллицы: в длинной форме одна строка на орган и вопрос, в широкой — одна строка на орган с его баллами.',
  'sheets.long': 'Скачать длинную форму (CSV)',
  'sheets.wide': 'Скачать широкую форму (CSV)',
  'sheets.xlsx': 'Скачать книгу (XLSX, Excel)',
  'sheets.xlsxText':
    'Книга содержит обе формы и кодовую книгу: что означает каждый столбец, вопрос и код ответа, на языке, выбранном здесь.',
  'codebook.col.agency': 'Название органа',
  'codebook.col.round': 'Название раунда',
  'codebook.col.respondent': 'Имя ответившего',
  'codebook.col.role': 'Роль ответившего',
  'codebook.col.dimension_code': 'Код области (не зависит от языка и раунда)',
  'codebook.col.dimension': 'Название области',
  'codebook.col.item_code': 'Код вопроса (постоянный: изменённый вопрос получает новый код)',
  'codebook.col.item': 'Текст вопроса',
  'codebook.col.answer_code': 'Код ответа (коды каждого вопроса см. ниже); пусто, если ответа нет',
  'codebook.col.answer': 'Ответ словами',
  'codebook.col.score': 'Балл ответа, 0–100; пусто, если ответ не оценивается',
  'codebook.col.note': 'Примечание или подтверждение к ответу',
  'codebook.col.status': 'Статус оценки',
  'codebook.col.overall': 'Общий балл, 0–100 (взвешенное среднее областей)',
  'codebook.col.band': 'Группа общего балла',
  'codebook.col.stage': 'Стадия общего балла, 1–5',
  'codebook.dimensionScore': 'Балл области «{title}», 0–100',
  'codebook.type.level': 'Пять описанных уровней, 1–5',
  'codebook.type.yesPartialNo': 'Да, частично или нет',
  'codebook.type.percentage': 'Процент, оценивается по диапазонам',
  'codebook.type.choice': 'Один из нескольких вариантов',
  'codebook.type.number': 'Число, оценивается между худшим и лучшим значением',
  'codebook.type.text': 'Свободный текст, не оценивается',
  'codebook.status.draft': 'Черновик: ответы ещё вносятся',
  'codebook.status.submitted': 'Отправлена',
  'codebook.band': '{range} ({name})',
  'codebook.percent': 'Процент от 0 до 100',
  'codebook.number': 'Число',
  'codebook.numberUnit': 'Число, единица: {unit}',

  'backup.title': 'Резервная копия и восстановление',
  'backup.intro':
    'Все данные хранятся только в этом браузере. Резервная копия сохранит их, если данные браузера будут очищены или устройство будет утеряно.',
  'backup.make': 'Создать резервную копию всех данных',
  'backup.done': 'Резервная копия {file} сохранена.',
  'backup.restoreTitle': 'Восстановление из резервной копии',
  'backup.restoreIntro':
    'Выберите файл резервной копии. До записи вы увидите, что он добавит или изменит.',
  'backup.pick': 'Выбрать файл резервной копии',
  'backup.confirm': 'Восстановить',

  'storageSpace.title': 'Хранилище на этом устройстве',
  'storageSpace.used': 'Занято: {used} из {quota}, доступных приложению.',
  'storageSpace.unknown': 'Браузер не сообщает, сколько места занято.',
  'storageSpace.megabytes': '{value} МБ',
  'reminder.never':
    'Ваши оценки хранятся только в этом браузере и ни разу не экспортировались и не копировались.',
  'reminder.days': {
    one: 'Уже {count} день ничего не экспортировалось и не копировалось.',
    few: 'Уже {count} дня ничего не экспортировалось и не копировалось.',
    many: 'Уже {count} дней ничего не экспортировалось и не копировалось.',
    other: 'Уже {count} дня ничего не экспортировалось и не копировалось.',
  },
  'reminder.backup': 'Создать резервную копию',
  'reminder.dismiss': 'Не сейчас',
};
