import type { compareEn } from './compare.en';
import type { CatalogLike } from './types';

export const compareKy: CatalogLike<typeof compareEn> = {
  'compare.demoBanner': 'Демо маалыматтар — синтетикалык.',
  'compare.demoBannerText':
    'Бул органдар жана жооптор экрандардын иштешин көрсөтүү үчүн түзүлгөн. Булар чыныгы баалоолор эмес.',
  'compare.demoTag': 'демо',
  'compare.csv': '«{table}» CSV форматында жүктөп алуу',
  'compare.area': 'Багыт',
  'compare.agency': 'Орган',
  'compare.overall': 'Жалпы балл',
  'compare.target': 'Максат',
  'compare.noScore': 'балл жок',
  'compare.roundNotFound': 'Бул раунд ушул түзмөктө сакталган эмес.',

  'compare.link': 'Органдарды салыштыруу',
  'trends.link': 'Раунддар ортосундагы өзгөрүүлөр',

  'compare.title': 'Органдарды салыштыруу',
  'compare.intro':
    'Баалоосун тапшырган экиден алтыга чейин органды тандаңыз. Алардын баллдары бир диаграммада үстү-үстүнө чийилип, таблицада катар коюлат. Тандоо баракчанын дарегинде сакталат, ошондуктан аны бөлүшүүгө же кайра ачууга болот.',
  'compare.pickLegend': 'Салыштыруу үчүн органдар',
  'compare.chosen': 'Тандалды: мүмкүн болгон {max} ичинен {count}',
  'compare.tooMany':
    'Бир эле учурда {max} органдан ашык салыштырууга болбойт. «{name}» тандоодон мурун алардын бирин алып салыңыз.',
  'compare.addressTooMany':
    'Даректе {max} органдан көп көрсөтүлгөн; алгачкы {max} орган көрсөтүлдү.',
  'compare.addressUnknown': {
    one: 'Даректеги {count} органдын бул раундда тапшырылган баалоосу жок, ал көрсөтүлгөн жок.',
    other: 'Даректеги {count} органдын бул раундда тапшырылган баалоосу жок, алар көрсөтүлгөн жок.',
  },
  'compare.chooseMore': 'Салыштырууну көрүү үчүн кеминде эки органды тандаңыз.',
  'compare.tooFewSubmitted': {
    one: 'Салыштыруу үчүн кеминде эки органдын тапшырылган баалоосу керек; бул раундда алардын саны {count}.',
    other:
      'Салыштыруу үчүн кеминде эки органдын тапшырылган баалоосу керек; бул раундда алардын саны {count}.',
  },
  'compare.clear': 'Тандоону тазалоо',
  'compare.radarTitle': 'Тандалган органдардын багыттар боюнча баллдары (0–100)',
  'compare.radarAgencies': 'Ар бир органга бирден контур чийилген радардык диаграмма: {names}.',
  'compare.radarTarget': 'Кара пунктир контур — раунддун максаты.',
  'compare.radarTable': 'Бардык маанилер төмөнкү таблицада да берилген.',
  'compare.legendTitle': 'Шарттуу белгилер',
  'compare.tableCaption': 'Багыттар боюнча баллдар катар (0–100, тобу менен)',
  'compare.highest': 'эң жогору',
  'compare.highestNote':
    'Ар бир саптагы эң жогорку балл «эң жогору» деп белгиленет (бирдей болсо баары белгиленет; баллдары бирдей сап белгиленбейт).',
  'compare.csvScore': '{agency}: балл',
  'compare.csvBand': '{agency}: топ',
  'compare.csvHighest': 'Эң жогору',

  'agencyPage.inRound': '«{round}» раундунда',
  'agencyPage.notFound': 'Бул орган ушул түзмөктө сакталган эмес.',
  'agencyPage.status': 'Бул раунддагы абалы: {status}.',
  'agencyPage.status.notStarted': 'башталган эмес',
  'agencyPage.status.draft': 'долбоор гана',
  'agencyPage.status.submitted': 'тапшырылды',
  'agencyPage.noScore':
    'Бул раундда бул органдын баалоосу азырынча тапшырыла элек, ошондуктан көрсөтө турган баллдар жок.',
  'agencyPage.scoresTitle': 'Багыттар боюнча баллдар',
  'agencyPage.combined': {
    one: 'Баалоосун тапшырган {count} респонденттин жооптору боюнча.',
    other:
      'Баалоосун тапшырган {count} респонденттин жооптору бириктирилди: ар бир суроонун баллы — ролдор боюнча орточолордун орточосу.',
  },
  'agencyPage.scoresCaption': 'Органдын багыттар боюнча баллдары (0–100)',
  'agencyPage.score': 'Балл',
  'agencyPage.band': 'Топ',
  'agencyPage.stage': 'Баскыч',
  'agencyPage.gap': 'Максаттан артта калуу',
  'agencyPage.completeness': 'Толуктук',
  'agencyPage.rolesTitle': 'Ар бир роль эмне дейт',
  'agencyPage.rolesIntro':
    'Ар бир ролдогу респонденттердин багыттар боюнча орточо баллы. Бириктирилген балл ролдор органды ар кандай баалаган жерлерди жашырат; бул таблица аны көрсөтөт.',
  'agencyPage.rolesCaption': 'Ролдор жана багыттар боюнча орточо (0–100)',
  'agencyPage.roleColumn': {
    one: '{role} ({count} респондент)',
    other: '{role} ({count} респондент)',
  },
  'agencyPage.oneRole':
    'Баалоосун тапшырган бардык респонденттер бир эле ролдо жооп беришкен, ошондуктан ролдорду салыштырууга болбойт.',
  'agencyPage.divergenceTitle': 'Ролдор ажырашкан суроолор',
  'agencyPage.divergenceIntro':
    'Ролдор боюнча орточолор бир деңгээлге (25 балл) же андан көпкө айырмаланган суроолор белгиленди; эң чоң айырма биринчи.',
  'agencyPage.divergenceCaption': {
    one: 'Ролдор 25 балл же андан көпкө айырмаланган {count} суроо',
    other: 'Ролдор 25 балл же андан көпкө айырмаланган {count} суроо',
  },
  'agencyPage.noDivergence':
    'Бир да суроодо ролдор бир деңгээлге (25 балл) же андан көпкө айырмаланган жок.',
  'agencyPage.question': 'Суроо',
  'agencyPage.spread': 'Айырма (балл)',
  'agencyPage.notAnswered': 'балл жок',
  'agencyPage.respondentsTitle': 'Респонденттер',
  'agencyPage.noRespondents': 'Бул раундда бул органдын баалоосун азырынча эч ким баштаган жок.',
  'agencyPage.respondent': '{role}, {status}',
  'agencyPage.respondentStatus.draft': 'долбоор',
  'agencyPage.respondentStatus.submitted': 'тапшырылды',
  'agencyPage.openResults': 'Жыйынтыктар: {name}',
  'agencyPage.compareWith': 'Башка органдар менен салыштыруу',

  'trends.title': 'Раунддар ортосундагы өзгөрүүлөр',
  'trends.intro':
    'Ар бир органдын баллдары мурунку раунддан кийинки раундга чейин кантип өзгөргөнү. Эки раундда тең баалоосун тапшырган органдар гана көрсөтүлөт.',
  'trends.rounds': 'Салыштыруу үчүн раунддар',
  'trends.earlier': 'Мурунку раунд',
  'trends.later': 'Кийинки раунд',
  'trends.needTwo': {
    one: 'Өзгөрүүлөрдү көрүү үчүн бул түзмөктө кеминде эки раунд керек; азыр {count} раунд бар.',
    other: 'Өзгөрүүлөрдү көрүү үчүн бул түзмөктө кеминде эки раунд керек; азыр {count} раунд бар.',
  },
  'trends.sameRound': 'Эки башка раундду тандаңыз.',
  'trends.notReadable':
    'Раунддардын бирин окуу мүмкүн эмес: ал же анын анкетасы бул түзмөктө сакталган эмес.',
  'trends.noAgencies': 'Эки раундда тең баалоосун тапшырган бир да орган жок.',
  'trends.basis': {
    one: 'Эки раундда тең баалоосун тапшырган {count} орган.',
    other: 'Эки раундда тең баалоосун тапшырган {count} орган.',
  },
  'trends.improvedTitle': 'Эң көп өскөндөр',
  'trends.fellBackTitle': 'Төмөндөгөндөр',
  'trends.noneImproved': 'Бир да органдын жалпы баллы өскөн жок.',
  'trends.noneFellBack': 'Бир да органдын жалпы баллы төмөндөгөн жок.',
  'trends.highlight': 'жалпы балл {change} ({before} → {after})',
  'trends.tableCaption': 'Багыттар боюнча жана жалпы өзгөрүү, баллдар менен (0–100)',
  'trends.before': 'Жалпы балл, мурун',
  'trends.after': 'Жалпы балл, кийин',
  'trends.change': 'Жалпы баллдын өзгөрүшү',
  'trends.sortedRise': 'Жалпы баллдын өзгөрүшү боюнча иреттелди, эң чоң өсүш биринчи.',
  'trends.sortedFall': 'Жалпы баллдын өзгөрүшү боюнча иреттелди, эң чоң төмөндөө биринчи.',
  'trends.sortedName': 'Органдын аталышы боюнча иреттелди.',
  'trends.signs': 'Плюс белгиси жана ▲ балл өскөнүн, минус белгиси жана ▼ төмөндөгөнүн билдирет.',
  'trends.csvBefore': '{area}: мурун',
  'trends.csvAfter': '{area}: кийин',
  'trends.csvChange': '{area}: өзгөрүү',
  'trends.versions':
    'Раунддарда ар башка анкеталар колдонулган: {earlier} жана {later}. Экөө тең бул жерде баллы бар {count} жалпы суроо боюнча гана эсептелет, ошондуктан маанилер раунддардын өз экрандарындагыдан айырмаланышы мүмкүн.',
  'trends.sameVersion':
    'Эки раундда тең {questionnaire} анкетасы колдонулган; баллы бар бардык суроолор ({count}) салыштырылат.',
  'trends.onlyEarlier': {
    one: 'Мурунку версияда гана бар, эсепке алынган жок ({count} суроо):',
    other: 'Мурунку версияда гана бар, эсепке алынган жок ({count} суроо):',
  },
  'trends.onlyLater': {
    one: 'Кийинки версияда гана бар, эсепке алынган жок ({count} суроо):',
    other: 'Кийинки версияда гана бар, эсепке алынган жок ({count} суроо):',
  },
};
