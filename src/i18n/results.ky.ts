import type { resultsEn } from './results.en';
import type { CatalogLike } from './types';

export const resultsKy: CatalogLike<typeof resultsEn> = {
  'results.title': 'Жыйынтыктар',
  'results.submitted': 'Тапшырылды: {time}.',
  'results.draft': 'Долбоор: берилген жооптор боюнча азыркы жыйынтыктар.',
  'results.overall': 'Жалпы балл',
  'results.band': 'Топ',
  'results.stage': 'Баскыч',
  'results.completeness': 'Толуктук',
  'results.lowCompleteness':
    'Суроолордун салмагынын {percent} % гана бааланган жоопко ээ. Бул жыйынтыктарга этияттык менен мамиле кылыңыз.',
  'results.method':
    'Ар бир деңгээл (деңгээл − 1) / 4 катары эсептелет; багыттын баллы — анын жооп берилген суроолорунун салмактуу орточо мааниси, жалпы балл — багыттардын орточо мааниси. «Колдонулбайт» жана «билбейм» эсепке алынбайт жана толуктукту төмөндөтөт. Топтор: A — 75 баллдан, B — 50 баллдан, C — 25 баллдан, D — андан төмөн. Баскыч = 1 + 4 × балл, төмөн карай тегеректелет.',
  'results.barsTitle': 'Багыттар боюнча балл',
  'results.barsDesc': '0–100 шкаласындагы горизонталдуу тилкелер, ар бир багытка бирден.',
  'results.barsDescTargets':
    '0–100 шкаласындагы горизонталдуу тилкелер, ар бир багытка бирден, максаттуу мааниси белгиленген.',
  'results.radarTitle': 'Багыттар боюнча профиль',
  'results.radarDesc': 'Органдын ар бир багыт боюнча 0–100 шкаласындагы баллы.',
  'results.radarTargets': 'Үзүк сызык — максаттуу маани.',
  'results.radarPeers': {
    one: 'Чекиттүү сызык — ушул раундда баалоону тапшырган башка {count} органдын орточо мааниси.',
    other:
      'Чекиттүү сызык — ушул раундда баалоону тапшырган башка {count} органдын орточо мааниси.',
  },
  'results.peerMean': {
    one: 'Башка {count} органдын орточо мааниси',
    other: 'Башка {count} органдын орточо мааниси',
  },
  'results.peerMeanShort': 'Раунд боюнча орточо',
  'results.tableTitle': 'Багыттар боюнча баллдар (0–100)',
  'results.dimension': 'Багыт',
  'results.score': 'Балл',
  'results.target': 'Максат',
  'results.gap': 'Максатка чейинки айырма',
  'results.answeredCol': 'Жооп берилди',
  'results.answeredDetail': '{visible} ичинен {answered} (колдонулбайт {na}, билбейм {dk})',
  'results.nextSteps': 'Кийинки кадамдар',
  'results.nextStepsIntro':
    'Ар бир багыттагы эң төмөн бааланган суроолор үчүн: кийинки деңгээл кандай болот.',
  'results.stepTo': '{from}-деңгээлден {to}-деңгээлге —',
  'results.stepFindOut': '«Билбейм» деп жооп берилген: органдын абалын тактаңыз.',
  'results.continue': 'Жооп берүүнү улантуу',
  'band.A': 'өтө жогорку',
  'band.B': 'жогорку',
  'band.C': 'орточо',
  'band.D': 'төмөнкү',
  'stage.basic': 'Базалык',
  'stage.opportunistic': 'Эпизоддук',
  'stage.systematic': 'Системалык',
  'stage.differentiating': 'Өнүккөн',
  'stage.transformational': 'Трансформациялык',
};
