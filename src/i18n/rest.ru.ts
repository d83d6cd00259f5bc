import { roundRu } from './round.ru';
import { presentationRu } from './presentation.ru';
import { modulesRu } from './modules.ru';
import { actionsRu } from './actions.ru';
import { compareRu } from './compare.ru';
import { exchangeRu } from './exchange.ru';
import { reportRu } from './report.ru';
import { resultsRu } from './results.ru';
import type { restEn } from './rest.en';
import type { CatalogLike } from './types';

export const restRu: CatalogLike<typeof restEn> = {
  ...roundRu,
  ...presentationRu,
  ...modulesRu,
  ...actionsRu,
  ...compareRu,
  ...exchangeRu,
  ...reportRu,
  ...resultsRu,
};
