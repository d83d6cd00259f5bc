/** UI strings for a round's optional modules (source language). */
export const modulesEn = {
  // Results: the other questionnaires of the round
  'modules.resultsTitle': 'Modules of this round',
  'modules.resultsIntro':
    'Each module is scored on its own. Module scores are never part of the core overall score above.',
  'modules.otherTitle': 'Other questionnaires of this round',
  'modules.moduleNote':
    'This is a module of the round. It is scored on its own, apart from the core questionnaire.',
  'modules.colQuestionnaire': 'Questionnaire',
  'modules.colStatus': 'Status',
  'modules.colScore': 'Score (0–100)',
  'modules.colBand': 'Band',
  'modules.colCompleteness': 'Answered',
  'modules.status.notStarted': 'not started',
  'modules.status.draft': 'draft',
  'modules.status.submitted': 'submitted',
  'modules.notStored': 'not stored on this device',
  'modules.open': 'Open {title}',
  'modules.starting': 'Starting…',

  // Round screen, targets and comparison: which questionnaire is shown
  'modules.switchLabel': 'Questionnaire shown',
  'modules.showingModule':
    'Showing the module “{title}”: its areas and the assessments given on it only. The core questionnaire’s figures are not included.',
  'modules.unknownInAddress':
    'The questionnaire named in the address is not used by this round; the core questionnaire is shown.',

  // Targets page: adding a module to a round
  'modules.addTitle': 'Add a module to this round',
  'modules.addIntro':
    'Agencies answer a module apart from the core questionnaire; its results are shown separately.',
  'modules.addField': 'Module',
  'modules.addButton': 'Add module',
  'modules.adding': 'Adding…',
  'modules.added': 'Module added: {title}. Its targets start at 60 for every area.',
  'modules.addFailed': 'The module could not be added: {message}',
  'modules.noneStored': 'No module questionnaire is stored on this device.',
  'modules.allAdded': 'Every module stored on this device is already part of this round.',
} as const;
