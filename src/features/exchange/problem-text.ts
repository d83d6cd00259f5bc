import type { Problem } from '@/domain/problems';
import type { MessageKey } from '@/i18n/catalogs';
import type { I18n } from '@/i18n/I18nProvider';

const KEYS: Partial<Record<string, MessageKey>> = {
  tooLarge: 'problem.tooLarge',
  notJson: 'problem.notJson',
  truncated: 'problem.truncated',
  tooDeep: 'problem.tooDeep',
  forbiddenKey: 'problem.forbiddenKey',
  otherFormat: 'problem.otherFormat',
  newerVersion: 'problem.newerVersion',
  bothContentAndEncrypted: 'problem.bothContentAndEncrypted',
  digestMismatch: 'problem.digestMismatch',
  passphraseRequired: 'problem.passphraseRequired',
  decryptFailed: 'problem.decryptFailed',
  duplicateRecord: 'problem.duplicateRecord',
  agencyCycle: 'problem.agencyCycle',
  unknownAgency: 'problem.unknownAgency',
  unknownRound: 'problem.unknownRound',
  missingQuestionnaire: 'problem.missingQuestionnaire',
  unknownTarget: 'problem.unknownTarget',
  unknownItem: 'problem.unknownItem',
  invalidAnswer: 'problem.invalidAnswer',
  unknownDimension: 'problem.unknownDimension',
  moreProblems: 'problem.moreProblems',
  unreadable: 'problem.unreadable',
};

/**
 * A problem in the person's language. Problems about the shape of records (the questionnaire
 * parser's vocabulary) read as one general message; their place and English wording are
 * shown beside it as detail.
 */
export function problemText(problem: Problem, t: I18n['t']): string {
  const key = Object.hasOwn(KEYS, problem.code) ? KEYS[problem.code] : undefined;
  return t(key ?? 'problem.other', problem.params);
}
