import type { resultsEn } from './results.en';
import type { CatalogLike } from './types';

export const resultsRu: CatalogLike<typeof resultsEn> = {
  'results.title': 'Результаты',
  'results.submitted': 'Отправлено {time}.',
  'results.draft': 'Черновик: результаты по уже данным ответам.',
  'results.overall': 'Общий балл',
  'results.band': 'Группа',
  'results.stage': 'Этап',
  'results.completeness': 'Полнота',
  'results.lowCompleteness':
    'Оцененный ответ есть только у {percent} % веса вопросов. Относитесь к этим результатам осторожно.',
  'results.method':
    'Каждый уровень считается как (уровень − 1) / 4; направление — взвешенное среднее отвеченных вопросов, общий балл — среднее направлений. «Не применимо» и «не знаю» не учитываются и снижают полноту. Группы: A от 75, B от 50, C от 25, D ниже. Этап = 1 + 4 × балл, с округлением вниз.',
  'results.barsTitle': 'Балл по направлениям',
  'results.barsDesc': 'Горизонтальные полосы от 0 до 100, по одной на направление.',
  'results.barsDescTargets':
    'Горизонтальные полосы от 0 до 100, по одной на направление, с отметкой целевого значения.',
  'results.radarTitle': 'Профиль по направлениям',
  'results.radarDesc': 'Балл органа по каждому направлению по шкале 0–100.',
  'results.radarTargets': 'Пунктирная линия — целевое значение.',
  'results.radarPeers': {
    one: 'Точечная линия — среднее {count} другого отправившего оценку органа в этом раунде.',
    few: 'Точечная линия — среднее {count} других отправивших оценку органов в этом раунде.',
    many: 'Точечная линия — среднее {count} других отправивших оценку органов в этом раунде.',
    other: 'Точечная линия — среднее {count} других отправивших оценку органов в этом раунде.',
  },
  'results.peerMean': {
    one: 'Среднее {count} другого органа',
    few: 'Среднее {count} других органов',
    many: 'Среднее {count} других органов',
    other: 'Среднее {count} других органов',
  },
  'results.peerMeanShort': 'Среднее по раунду',
  'results.tableTitle': 'Баллы по направлениям (0–100)',
  'results.dimension': 'Направление',
  'results.score': 'Балл',
  'results.target': 'Цель',
  'results.gap': 'Разрыв до цели',
  'results.answeredCol': 'Отвечено',
  'results.answeredDetail': '{answered} из {visible} (не применимо {na}, не знаю {dk})',
  'results.nextSteps': 'Следующие шаги',
  'results.nextStepsIntro':
    'Для вопросов с наименьшими баллами в каждом направлении: как выглядит следующий уровень.',
  'results.stepTo': 'С уровня {from} на {to} —',
  'results.stepFindOut': 'Ответ «не знаю»: выясните, каково положение в органе.',
  'results.continue': 'Продолжить ответы',
  'band.A': 'очень высокая',
  'band.B': 'высокая',
  'band.C': 'средняя',
  'band.D': 'низкая',
  'stage.basic': 'Базовый',
  'stage.opportunistic': 'Эпизодический',
  'stage.systematic': 'Системный',
  'stage.differentiating': 'Продвинутый',
  'stage.transformational': 'Преобразующий',
};
