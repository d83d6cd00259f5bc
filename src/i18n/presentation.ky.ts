import type { presentationEn } from './presentation.en';
import type { CatalogLike } from './types';

export const presentationKy: CatalogLike<typeof presentationEn> = {
  'privacy.agencyName': '{letter} органы',
  'privacy.respondentName': '{letter}{index} респондент',
  'privacy.hideNames': 'Органдардын аталыштарын жашыруу',
  'privacy.threshold': 'Органдар ушундан аз болсо, көрсөткүчтөрдү жашыруу',
  'privacy.thresholdHint': '1 же андан чоң бүтүн сан (адатта 3).',
  'privacy.thresholdNotWhole': 'Бүтүн сан киргизиңиз, мисалы 3.',
  'privacy.thresholdBelowOne': '1 же андан чоң сан киргизиңиз.',
  'privacy.hidden': {
    one: 'жашырылды: {count} органдан аз',
    other: 'жашырылды: {count} органдан аз',
  },
  'privacy.kindHidden': 'жашырылды: бул түрдөгү органдар аз',
  'privacy.hiddenKind': {
    one: 'Жашырылды: бул түрдөгү органдар {count} органдан аз.',
    other: 'Жашырылды: бул түрдөгү органдар {count} органдан аз.',
  },
  'privacy.notice': {
    one: 'Органдардын аталыштары жашырылган: ар бир орган тамга менен белгиленет, ал бул раунддун бардык экрандарында бирдей. {count} органдан азыраак органдын негизинде эсептелген көрсөткүчтөр жашырылат.',
    other:
      'Органдардын аталыштары жашырылган: ар бир орган тамга менен белгиленет, ал бул раунддун бардык экрандарында бирдей. {count} органдан азыраак органдын негизинде эсептелген көрсөткүчтөр жашырылат.',
  },
  'privacy.noticeHidden': 'Көрсөткүчтөрү жашырылган багыттар: {areas}.',

  'present.link': 'Аудиторияга көрсөтүү',
  'present.label': 'Презентация',
  'present.controls': 'Презентацияны башкаруу',
  'present.previous': 'Артка',
  'present.next': 'Алга',
  'present.slideCounter': 'Слайд {current} / {count}',
  'present.announce': 'Слайд {current} / {count}: {title}',
  'present.fullscreen': 'Толук экран',
  'present.help': 'Баскычтар',
  'present.exit': 'Чыгуу',
  'present.namesHidden': 'Органдардын аталыштары жашырылды',
  'present.namesShown': 'Органдардын аталыштары көрсөтүлдү',

  'present.helpTitle': 'Презентациянын баскычтары',
  'present.helpClose': 'Жабуу',
  'present.keyColumn': 'Баскыч',
  'present.actionColumn': 'Эмне кылат',
  'present.keyOr': '{a} же {b}',
  'present.keyNext': 'Кийинки слайд',
  'present.keyPrevious': 'Мурунку слайд',
  'present.keyFirst': 'Биринчи слайд',
  'present.keyLast': 'Акыркы слайд',
  'present.keyFullscreen': 'Толук экранды күйгүзүү же өчүрүү',
  'present.keyAnonymise': 'Органдардын аталыштарын жашыруу же көрсөтүү',
  'present.keyHelp': 'Ушул баскычтардын тизмесин көрсөтүү',
  'present.keyEscape': 'Бул тизмени жабуу; ал ачык болбосо, презентациядан чыгуу',

  'present.titleKicker': 'Электрондук башкарууга даярдык: раунддун жыйынтыктары',
  'present.period': '{start} – {end}',
  'present.agenciesSubmitted': {
    one: '{count} орган өз баалоосун жөнөттү',
    other: '{count} орган өз баалоосун жөнөттү',
  },
  'present.agenciesDraft': {
    one: '{count} орган дагы эле долбоорду толтурууда',
    other: '{count} орган дагы эле долбоорду толтурууда',
  },
  'present.anonymisedNote':
    'Органдардын аталыштары жашырылган: ар бир орган тамга менен белгиленет.',

  'present.contextKicker': 'Контекст',
  'present.contextTitle': 'Кыргызстан кайсы орунда',
  'present.contextNote': 'Өлкө жөнүндө жарыяланган маалыматтар, бул раунддун жыйынтыктары эмес.',
  'present.egdiTitle':
    'Электрондук өкмөттү өнүктүрүү индекси (EGDI): БУУга мүчө {count} мамлекеттин арасындагы орун',
  'present.egdiChart':
    'Кыргызстандын EGDI боюнча орду, сурамжылоо жылдары боюнча: {values}. Орундун номери канчалык аз болсо, ошончолук жакшы.',
  'present.year': 'Жыл',
  'present.rank': 'Орун',
  'present.rankOf': '{count} ичинен {rank}',
  'present.egdiGained': {
    one: '{year}-жылга салыштырмалуу {count} орунга жогорулады.',
    other: '{year}-жылга салыштырмалуу {count} орунга жогорулады.',
  },
  'present.egdiSource':
    'Булак: Бириккен Улуттар Уюму, Электрондук өкмөт боюнча сурамжылоо, 2018, 2020, 2022 жана 2024.',
  'present.platformTitle': 'Маалымат алмашуу: «Түндүк»',
  'present.tunduk':
    'X-Road негизиндеги «Түндүк» улуттук маалымат алмашуу платформасы {since}-жылдан бери иштейт: болжол менен {organisations} уюм туташкан, электрондук кызматтар {services} ашык ({year}).',
  'present.tundukSource': 'Булак: «Түндүк» платформасы боюнча жарыяланган маалыматтар, {year}.',
  'present.strategyTitle': 'Стратегия',
  'present.strategy':
    '2024–2028-жылдарга санариптик трансформация концепциясы: санариптик мамлекет, санариптик экономика, санариптик көндүмдөр, санариптик инфраструктура. Андан мурун: «Таза Коом» (2017) жана «Санариптик Кыргызстан 2019–2023».',
  'present.strategySource': 'Булак: Өкмөттүн стратегиялык документтери.',

  'present.areaKicker': 'Багыт {current} / {count}',
  'present.chartName': '«{area}» багыты боюнча органдардын баллдары, 0–100',
  'present.chartHelp':
    'Ар бир чекит — бир орган. Тик бурчтук баллдардын ортоңку 50 %ын камтыйт, анын ичиндеги сызык — медиана, үзүк сызык — максат.',
  'present.tableCaption': '«{area}» багыты боюнча органдардын баллдары',
  'present.agency': 'Орган',
  'present.score': 'Балл',
  'present.targetLabel': 'Максат {value}',
  'present.n': 'Органдар',
  'present.mean': 'Орточо',
  'present.sd': 'Стандарттык четтөө',
  'present.cv': 'Вариация коэффициенти',
  'present.cvWithBand': '{cv} ({band}, эвристика боюнча)',
  'present.gini': 'Джини',
  'present.target': 'Максат',
  'present.noTarget': 'коюлган эмес',
  'present.below': 'Максаттан төмөн',
  'present.noScores': 'Бул багыт боюнча азырынча бир дагы органдын баллы жок.',
  'present.hiddenArea': {
    one: 'Көрсөткүчтөр жашырылды: бул багыт боюнча балл {count} органдан азыраагында гана бар.',
    other: 'Көрсөткүчтөр жашырылды: бул багыт боюнча балл {count} органдан азыраагында гана бар.',
  },
  'present.prompts': 'Талкуулоо үчүн',

  'present.summaryTitle': 'Жыйынтык',
  'present.gapsTitle': 'Максатка чейинки эң чоң айырмалар',
  'present.gapItem':
    '{target} максатына чейинки орточо айырма: {gap}; максаттан төмөн органдар: {count} ичинен {below}',
  'present.noGaps': 'Орточо алганда бир дагы багыт максаттан төмөн эмес.',
  'present.noTargets': 'Бул раундда максаттар коюлган эмес.',
  'present.unevenTitle': 'Эң бир калыпта эмес багыттар',
  'present.unevenItem': 'CV {cv} ({band}); баллдар {min} – {max} аралыгында',
  'present.noUneven': 'Салыштыруу үчүн жетиштүү органдардын баллы бар багыт жок.',
  'present.summaryHidden': {
    one: 'Балл {count} органдан азыраагында гана бар багыттар кошулган жок: {areas}.',
    other: 'Балл {count} органдан азыраагында гана бар багыттар кошулган жок: {areas}.',
  },
};
