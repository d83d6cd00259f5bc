import type { exchangeEn } from './exchange.en';
import type { CatalogLike } from './types';

export const exchangeKy: CatalogLike<typeof exchangeEn> = {
  'exchangeHome.title': 'Жыйынтыктарды жөнөтүү же алуу',
  'exchangeHome.text':
    'Жыйынтыктар файл аркылуу берилет: электрондук почта же USB-түзүлүш менен жөнөтүү үчүн экспорттоңуз, сизге жөнөтүлгөн файлдарды импорттоңуз жана бул түзмөктөгү бардык маалыматтын камдык көчүрмөсүн сактаңыз.',
  'exchangeHome.export': 'Экспорттоо',
  'exchangeHome.import': 'Импорттоо',
  'exchangeHome.backup': 'Камдык көчүрмө жана калыбына келтирүү',

  'export.title': 'Жыйынтыктарды экспорттоо',
  'export.intro':
    'Координаторго же башка органга жөнөтүү үчүн файл түзүңүз. Анда баалоолор органдары, раунддары жана анкеталары менен кошо сакталат.',
  'export.what': 'Эмнени экспорттоо керек',
  'export.scopeAssessment': 'Бир баалоо',
  'export.scopeAgency': 'Органдын бардык баалоолору',
  'export.scopeRound': 'Бүтүндөй раунд',
  'export.assessment': 'Баалоо',
  'export.agency': 'Орган',
  'export.round': 'Раунд',
  'export.nothing': 'Бул түзмөктө азырынча экспорттой турган маалымат жок.',
  'export.encrypt': 'Файлды сырсөз менен коргоо',
  'export.passphrase': 'Сырсөз',
  'export.passphraseAgain': 'Сырсөздү кайталаңыз',
  'export.passphraseHint':
    'Кеминде 8 белги. Аны алуучуга файлдын өзүнөн башка жол менен билдириңиз.',
  'export.passphraseShort': 'Сырсөз кеминде 8 белгиден турушу керек.',
  'export.passphraseMismatch': 'Эки сырсөз дал келбейт.',
  'export.submit': 'Файлды экспорттоо',
  'export.encrypting': 'Шифрленүүдө…',
  'export.preparing': 'Файл даярдалууда…',
  'export.done': '{file} файлы сакталды.',
  'export.failed': 'Файлды түзүү мүмкүн болгон жок: {message}',
  'export.toImport': 'Файлдарды импорттоо',
  'export.toBackup': 'Камдык көчүрмө жана калыбына келтирүү',
  'export.fromResults': 'Бул баалоону экспорттоо',

  'import.title': 'Жыйынтыктарды импорттоо',
  'import.intro':
    'Алган файлдарыңызды тандаңыз же бул жерге сүйрөп келиңиз. Ар бир файл текшерилет жана анын эмнени өзгөртөрүн көрөсүз; сиз ырастамайынча эч нерсе сакталбайт.',
  'import.pick': 'Файлдарды тандоо',
  'import.drop': 'Файлдарды бул жерге сүйрөп келиңиз же тандоо үчүн Enter баскычын басыңыз',
  'import.reading': 'Текшерилүүдө…',
  'import.encrypted': 'Бул файл шифрленген. Ал жөнөтүлгөн сырсөздү киргизиңиз.',
  'import.passphraseFor': '{name} үчүн сырсөз',
  'import.unlock': 'Файлды ачуу',
  'import.wrongPassphrase':
    'Сырсөз туура эмес же файл өзгөртүлгөн. Сырсөздү текшерип, кайра аракет кылыңыз.',
  'import.problems': {
    one: 'Файлды импорттоого болбойт ({count} көйгөй):',
    other: 'Файлды импорттоого болбойт ({count} көйгөй):',
  },
  'import.place': 'Орду: {place}',
  'import.detail': 'Кененирээк (англисче): {detail}',
  'import.counts':
    'Кошулат: {add} · жаңыртылат: {update} · өзгөрүүсүз: {skip} · карама-каршылыкта: {conflict}',
  'import.newQuestionnaires': 'Анкеталардын жаңы версиялары: {list}',
  'import.nothingNew': 'Бул файлдагы бардык нерсе бул түзмөктө мурунтан эле бар.',
  'import.actionAdd': 'кошулат',
  'import.actionUpdate': 'жаңыртылат (жаңыраак)',
  'import.actionSkip': 'өзгөрүүсүз',
  'import.actionConflict': 'карама-каршылыкта',
  'import.kindAgency': 'Орган',
  'import.kindRound': 'Раунд',
  'import.kindAssessment': 'Баалоо',
  'import.conflictText': 'Бул баалоо бул түзмөктө да, файлда да өзгөртүлгөн. Эмнени сактоо керек?',
  'import.keepBoth': 'Экөөнү тең сактоо (файлдагы көчүрмө меникинин жанына кошулат)',
  'import.keepMine': 'Меникин калтыруу',
  'import.takeTheirs': 'Файлдагы версияны алуу',
  'import.remove': '{name} файлын тизмеден алып салуу',
  'import.confirm': 'Импорттоо',
  'import.confirmFiles': {
    one: '{count} файлды импорттоо',
    other: '{count} файлды импорттоо',
  },
  'import.importing': 'Импорттолууда…',
  'import.summary':
    'Импорттолду. Кошулду: {added}, жаңыртылды: {updated}, өзгөрүүсүз: {skipped}, жанаша сакталды: {keptBoth}, алмаштырылды: {tookTheirs}, мурдагыдай калды: {keptMine}, кошулган анкета версиялары: {questionnaires}.',
  'import.failed': 'Эч нерсе импорттолгон жок: {message}',
  'import.quota':
    'Браузерде маалымат сактоо үчүн орун калган жок, ошондуктан эч нерсе жазылган жок. Түзмөктө орун бошотуп, кайра аракет кылыңыз.',
  'import.backupKind': 'Бул {date} түзүлгөн камдык көчүрмө.',
  'import.exchangeKind': '{date} түзүлгөн алмашуу файлы.',
  'import.batch': 'Тандалган файлдар: {count}.',
  'import.batchStatus':
    'Импорттоого даяр: {ready} · көйгөйлөрү бар: {problems} · сырсөз керек: {locked} · дагы текшерилүүдө: {reading}',
  'import.quietFiles':
    'Импорттоого даяр, эч нерсе чечүүнүн кереги жок файлдар: {count}. Көйгөйлөрү же карама-каршылыктары бар файлдар жогоруда көрсөтүлгөн.',
  'import.showFiles': 'Алардын дагы {count} көрсөтүү (көрсөтүлө элек: {rest})',
  'import.showRows': 'Дагы {count} сапты көрсөтүү (көрсөтүлө элек: {rest})',

  'problem.tooLarge':
    'Файл {maxMegabytes} МБдан чоң, бул колдонмо окуй турган эң чоң өлчөмдөн ашат.',
  'problem.notJson': 'Бул колдонмонун маалымат файлы эмес (JSON туура эмес).',
  'problem.truncated':
    'Файл өтө эрте бүтөт; ал көчүрүлүп же жөнөтүлүп жатканда кесилип калса керек.',
  'problem.tooDeep': 'Файлдын уюшулушу өтө терең; алмашуу файлдары мындай болбойт.',
  'problem.forbiddenKey': 'Файлда тыюу салынган «{key}» ачкычы бар.',
  'problem.otherFormat': 'Бул колдонмонун алмашуу файлы же камдык көчүрмөсү эмес.',
  'problem.newerVersion':
    'Файл колдонмонун жаңыраак версиясында түзүлгөн ({found} форматы); бул колдонмо {supported} форматын окуйт. Аны окуу үчүн колдонмону жаңыртыңыз.',
  'problem.bothContentAndEncrypted':
    'Файл шифрленген, бирок ачык маалыматты да камтыйт; ал бул колдонмодо түзүлгөн эмес.',
  'problem.digestMismatch':
    'Файл түзүлгөндөн кийин өзгөртүлгөн (текшерүү суммасы дал келбейт). Жөнөтүүчүдөн жаңы көчүрмө сураңыз.',
  'problem.passphraseRequired': 'Файл шифрленген; ал жөнөтүлгөн сырсөздү киргизиңиз.',
  'problem.decryptFailed': 'Сырсөз туура эмес же файл өзгөртүлгөн.',
  'problem.duplicateRecord': 'Бир эле жазуу файлда эки жолу кездешет.',
  'problem.agencyCycle': 'Файлдагы органдар бири-бирине жогору турган орган катары көрсөтүлгөн.',
  'problem.unknownAgency': 'Жазуу файлда да, бул түзмөктө да жок органга шилтеме кылат.',
  'problem.unknownRound': 'Жазуу файлда да, бул түзмөктө да жок раундга шилтеме кылат.',
  'problem.missingQuestionnaire':
    'Жооптор файлда да, бул түзмөктө да жок анкета версиясына тиешелүү.',
  'problem.unknownTarget': 'Раунд өз анкетасында жок нерсеге максаттуу маани коёт.',
  'problem.unknownItem': 'Жооп анкетада жок суроого тиешелүү.',
  'problem.invalidAnswer': 'Жооп суроого туура келбейт (мисалы, сан жол берилген чектен тышкары).',
  'problem.moreProblems': {
    one: 'Дагы {count} көйгөй бар.',
    other: 'Дагы {count} көйгөй бар.',
  },
  'problem.unreadable': 'Файлды окуу мүмкүн болгон жок.',
  'problem.other': 'Файлдагы маани жараксыз.',

  'sheets.title': 'Раунддун таблицалары',
  'sheets.text':
    'Excel жана LibreOffice программаларында кирилл тамгалары бузулбай ачылуучу CSV файлдары: узун формада ар бир орган жана суроо үчүн бир сап, кенен формада ар бир орган үчүн анын упайлары менен бир сап.',
  'sheets.long': 'Узун форманы жүктөп алуу (CSV)',
  'sheets.wide': 'Кенен форманы жүктөп алуу (CSV)',
  'sheets.xlsx': 'Китепти жүктөп алуу (XLSX, Excel)',
  'sheets.xlsxText':
    'Китепте эки форма тең жана коддор китеби бар: ар бир мамыча, суроо жана жооп коду эмнени билдирери ушул жерде тандалган тилде.',
  'codebook.col.agency': 'Органдын аталышы',
  'codebook.col.round': 'Раунддун аталышы',
  'codebook.col.respondent': 'Жооп берген адамдын аты',
  'codebook.col.role': 'Жооп берген адамдын ролу',
  'codebook.col.dimension_code': 'Тармактын коду (тилге жана раундга көз каранды эмес)',
  'codebook.col.dimension': 'Тармактын аталышы',
  'codebook.col.item_code': 'Суроонун коду (туруктуу: өзгөргөн суроо жаңы код алат)',
  'codebook.col.item': 'Суроонун тексти',
  'codebook.col.answer_code':
    'Жооптун коду (ар бир суроонун коддорун төмөндөн караңыз); жооп жок болсо бош',
  'codebook.col.answer': 'Жооп сөз менен',
  'codebook.col.score': 'Жооптун упайы, 0–100; бааланбаса бош',
  'codebook.col.note': 'Жоопко берилген эскертүү же далил',
  'codebook.col.status': 'Баалоонун абалы',
  'codebook.col.overall': 'Жалпы упай, 0–100 (тармактардын салмактуу орточосу)',
  'codebook.col.band': 'Жалпы упайдын тобу',
  'codebook.col.stage': 'Жалпы упайдын баскычы, 1–5',
  'codebook.dimensionScore': '«{title}» тармагынын упайы, 0–100',
  'codebook.type.level': 'Сүрөттөлгөн беш деңгээл, 1–5',
  'codebook.type.yesPartialNo': 'Ооба, жарым-жартылай же жок',
  'codebook.type.percentage': 'Пайыз, аралыктар боюнча бааланат',
  'codebook.type.choice': 'Бир нече варианттын бири',
  'codebook.type.number': 'Сан, эң начар жана эң жакшы маанинин ортосунда бааланат',
  'codebook.type.text': 'Эркин текст, бааланбайт',
  'codebook.status.draft': 'Долбоор: жооптор дагы толтурулууда',
  'codebook.status.submitted': 'Тапшырылды',
  'codebook.band': '{range} ({name})',
  'codebook.percent': '0дөн 100гө чейинки пайыз',
  'codebook.number': 'Сан',
  'codebook.numberUnit': 'Сан, бирдиги: {unit}',

  'backup.title': 'Камдык көчүрмө жана калыбына келтирүү',
  'backup.intro':
    'Бардык маалымат ушул браузерде гана сакталат. Браузердин маалыматы тазаланса же түзмөк жоголсо, камдык көчүрмө аны сактап калат.',
  'backup.make': 'Бардыгынын камдык көчүрмөсүн түзүү',
  'backup.done': '{file} камдык көчүрмөсү сакталды.',
  'backup.restoreTitle': 'Камдык көчүрмөдөн калыбына келтирүү',
  'backup.restoreIntro':
    'Камдык көчүрмө файлын тандаңыз. Эч нерсе жазыла электе анын эмнени кошорун же өзгөртөрүн көрөсүз.',
  'backup.pick': 'Камдык көчүрмө файлын тандоо',
  'backup.confirm': 'Калыбына келтирүү',

  'storageSpace.title': 'Бул түзмөктөгү сактагыч',
  'storageSpace.used': 'Колдонулганы: колдонмого жеткиликтүү {quota} ичинен {used}.',
  'storageSpace.unknown': 'Браузер канча орун колдонулганын билдирбейт.',
  'storageSpace.megabytes': '{value} МБ',
  'reminder.never':
    'Баалоолоруңуз ушул браузерде гана сакталат жана эч качан экспорттолгон эмес же камдык көчүрмөсү түзүлгөн эмес.',
  'reminder.days': {
    one: '{count} күндөн бери эч нерсе экспорттолгон жок жана камдык көчүрмө түзүлгөн жок.',
    other: '{count} күндөн бери эч нерсе экспорттолгон жок жана камдык көчүрмө түзүлгөн жок.',
  },
  'reminder.backup': 'Азыр камдык көчүрмө түзүү',
  'reminder.dismiss': 'Азыр эмес',
};
