import { roundKy } from './round.ky';
import { presentationKy } from './presentation.ky';
import { modulesKy } from './modules.ky';
import { actionsKy } from './actions.ky';
import { compareKy } from './compare.ky';
import { exchangeKy } from './exchange.ky';
import { reportKy } from './report.ky';
import { resultsKy } from './results.ky';
import type { restEn } from './rest.en';
import type { CatalogLike } from './types';

export const restKy: CatalogLike<typeof restEn> = {
  ...roundKy,
  ...presentationKy,
  ...modulesKy,
  ...actionsKy,
  ...compareKy,
  ...exchangeKy,
  ...reportKy,
  ...resultsKy,
};
