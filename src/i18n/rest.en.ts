/**
 * The texts of every screen besides the ones the start-up may open first (see `en.ts`): results,
 * rounds, comparison, presentation, exchange, reports. Loaded when such a screen is opened.
 */
import { roundEn } from './round.en';
import { presentationEn } from './presentation.en';
import { modulesEn } from './modules.en';
import { actionsEn } from './actions.en';
import { compareEn } from './compare.en';
import { exchangeEn } from './exchange.en';
import { reportEn } from './report.en';
import { resultsEn } from './results.en';

export const restEn = {
  ...roundEn,
  ...presentationEn,
  ...modulesEn,
  ...actionsEn,
  ...compareEn,
  ...exchangeEn,
  ...reportEn,
  ...resultsEn,
};
