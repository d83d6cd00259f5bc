/**
 * English is the source catalog: every other language must give each key (a missing key is
 * a type error). `{name}` is filled in; plural messages pick their form from `{count}`.
 *
 * This is its first part: what the layout, home page, start form, wizard and review show,
 * loaded before the first screen. Every other screen's texts are in `rest.en.ts`.
 */
export const en = {
  'app.name': 'E-governance readiness',
  'layout.skipToContent': 'Skip to main content',
  'layout.language': 'Language',
  'layout.dataStaysHere':
    'Answers are kept only in this browser on this device. Nothing is sent anywhere.',
  'storage.persistent': 'Storage: this browser has promised to keep the answers.',
  'storage.notPersistent':
    'Storage: this browser may clear the answers when space runs low. Keep backups.',
  'storage.unsupported': 'Storage: this browser cannot promise to keep the answers. Keep backups.',
  'common.loading': 'Loading…',
  'common.unknownAgency': 'Unknown agency',
  'error.title': 'Something went wrong',
  'error.body': 'The page could not be shown. Your saved answers are not affected.',
  'error.notFoundTitle': 'Not found',
  'error.notFoundBody': 'There is no page at this address.',
  'error.home': 'Go to the start page',
  'assessment.notFound': 'There is no assessment with this address on this device.',

  'update.available':
    'A new version of the app is ready. Your answers are saved; it starts when you choose.',
  'update.now': 'Use the new version',
  'update.later': 'Later',
  'update.offlineReady': 'The app is ready to work offline.',
  'update.dismiss': 'Close',
  'home.title': 'E-governance readiness self-assessment',
  'home.intro':
    'Ministries and state agencies score how far they have computerised their internal work, exchange data with other agencies and offer services online. Each agency answers on its own device; the results show where it stands against the target and what to do next.',
  'home.forAgencies': 'For agency staff',
  'home.forAgenciesText':
    'Answer nine areas, each on five described levels. Every answer is saved as you go, so you can stop and continue later.',
  'home.start': 'Start a self-assessment',
  'home.drafts': 'Continue a draft',
  'home.submitted': 'Submitted assessments',
  'home.updated': 'changed {time}',

  'start.title': 'Start a self-assessment',
  'start.intro': 'Say which agency you assess, in which round, and who is answering.',
  'start.agency': 'Agency',
  'start.agencyChoice': 'Agency being assessed',
  'start.addAgency': 'Add a new agency…',
  'start.round': 'Assessment round',
  'start.roundChoice': 'Round',
  'start.addRound': 'Add a new round…',
  'start.respondent': 'Who is answering',
  'start.submit': 'Start the assessment',
  'start.failed': 'The assessment could not be started. Nothing was saved; please try again.',
  'agency.name': 'Full name',
  'agency.nameHint': 'For example: Ministry of Digital Development',
  'agency.shortName': 'Short name',
  'agency.shortNameHint': 'Used in charts and tables, up to 30 characters',
  'agency.kind': 'Kind of body',
  'agency.parent': 'Part of (optional)',
  'agency.noParent': 'Not part of another body',
  'agencyKind.ministry': 'Ministry',
  'agencyKind.stateCommittee': 'State committee',
  'agencyKind.agency': 'Agency or service',
  'agencyKind.localGovernment': 'Local government',
  'agencyKind.other': 'Other',
  'round.name': 'Name of the round',
  'round.nameHint': 'For example: Baseline 2026',
  'round.start': 'Start date',
  'round.end': 'End date',
  'round.endBeforeStart': 'The end date must not be before the start date.',
  'round.questionnaire': 'Questionnaire',
  'round.targets': 'Targets per area (0–100)',
  'round.targetsHint':
    'The score each area should reach in this round. Results show the gap to it. Prefilled with 60.',
  'respondent.name': 'Your name',
  'respondent.nameHint': 'Shown with the answers, so the coordinator knows whom to ask.',
  'respondent.role': 'Your role',
  'role.leadership': 'Leadership',
  'role.itUnit': 'IT unit',
  'role.serviceStaff': 'Service staff',
  'role.other': 'Other',
  'form.required': 'Please fill this in.',
  'form.tooShort': 'Use at least {min} characters.',
  'form.tooLong': 'Use at most {max} characters.',
  'form.date': 'Enter a date.',
  'form.target': 'Enter a whole number from 0 to 100.',
  'form.fixErrors': 'Some fields need attention. They are marked below.',

  'wizard.stepOf': 'Step {step} of {count}',
  'wizard.steps': 'Steps',
  'wizard.review': 'Review and submit',
  'wizard.overallProgress': 'Answered',
  'wizard.answeredOf': { one: '{count} of {total} answered', other: '{count} of {total} answered' },
  'wizard.previous': 'Previous',
  'wizard.next': 'Next',
  'wizard.toReview': 'Review and submit',
  'wizard.readOnly':
    'This assessment is submitted and cannot be changed. Reopen it on the review page to change answers.',
  'item.required': 'required',
  'item.note': 'Notes and evidence',
  'answer.notApplicable': 'Not applicable',
  'answer.dontKnow': "Don't know",
  'answer.yes': 'Yes',
  'answer.partial': 'Partly',
  'answer.no': 'No',
  'answer.percentLabel': 'Percentage (0–100)',
  'answer.numberLabel': 'Number',
  'answer.textLabel': 'Your answer',
  'valueError.notANumber': 'Enter a number, for example 40 or 2.5. Not saved yet.',
  'valueError.notInteger': 'Enter a whole number. Not saved yet.',
  'valueError.outOfRange': 'Enter a number from {min} to {max}. Not saved yet.',
  'valueError.belowMin': 'Enter a number of at least {min}. Not saved yet.',
  'valueError.aboveMax': 'Enter a number of at most {max}. Not saved yet.',
  'valueError.tooLong': 'Use at most {max} characters. Not saved yet.',
  'valueError.unknownOption': 'Choose one of the options.',
  'valueError.wrongType': 'This answer has the wrong form.',
  'save.idle': 'Answers are saved on this device as you go.',
  'save.saving': 'Saving…',
  'save.saved': 'All answers saved ({time}).',
  'save.invalid': {
    one: '{count} answer on this page is not valid and is not saved. It is marked.',
    other: '{count} answers on this page are not valid and are not saved. They are marked.',
  },
  'save.error':
    'Could not save the last answer. It is kept on screen; it will be saved again on the next change.',
  'save.errorQuota':
    'The browser has no room left to save. Free some disk space or make a backup, then change an answer to save again.',
  'save.errorSubmitted':
    'This assessment was submitted in another window; answers can no longer change.',
  'conflict.title': 'Changed in another window',
  'conflict.body':
    'These answers were changed in another window or tab while you were editing them. The other answer is shown now. Keep it, or put yours back.',
  'conflict.keepTheirs': 'Keep the other answer',
  'conflict.keepMine': 'Use my answer',

  'review.title': 'Review and submit',
  'review.allAnswered': 'Every question is answered.',
  'review.requiredMissing': {
    one: '{count} required question is not answered yet.',
    other: '{count} required questions are not answered yet.',
  },
  'review.submit': 'Submit the assessment',
  'review.submitFailed':
    'The assessment could not be submitted. Your answers are safe; please try again.',
  'review.submittedOn': 'Submitted {time}. The answers are read-only.',
  'review.viewResults': 'See the results',
  'review.reopen': 'Reopen to change answers',
  'review.reopenFailed': 'The assessment could not be reopened. Please try again.',

  // Home: the way in for coordinators
  'coordinator.title': 'For coordinators',
  'coordinator.text':
    'Gather the assessments of many agencies in a round, compare them, set targets and see where adoption is uneven.',
  'coordinator.emptyText':
    'Nothing is stored on this device yet. To see what the coordinator’s screens show, load a synthetic demo set: about 25 state bodies in two rounds, all labelled as demo.',
  'coordinator.loadDemo': 'Explore with demo data',
  'coordinator.loadingDemo': 'Loading demo data…',
  'coordinator.loadFailed': 'The demo data could not be loaded: {message}',
  'coordinator.openRounds': 'Open the rounds',
  'coordinator.demoPresent':
    'Demo data is loaded on this device. Removing it deletes only the synthetic agencies, rounds and assessments.',
  'coordinator.removeDemo': 'Remove demo data',
  'coordinator.removingDemo': 'Removing demo data…',
  'coordinator.removed':
    'Demo data removed (agencies: {agencies}, rounds: {rounds}, assessments: {assessments}). Your own data is untouched.',
  'coordinator.kept':
    'Kept, because your own assessments refer to them: demo agencies ({agencies}) and demo rounds ({rounds}).',
  'coordinator.removeFailed': 'The demo data could not be removed: {message}',
  // Home: sending and receiving results; the backup reminder on every page
  'exchangeHome.title': 'Send or receive results',
  'exchangeHome.text':
    'Results travel as files: export them to send by email or on a USB stick, import the files others send you, and keep a backup of everything on this device.',
  'exchangeHome.export': 'Export',
  'exchangeHome.import': 'Import',
  'exchangeHome.backup': 'Back up or restore',
  'reminder.never':
    'Your assessments are kept only in this browser and have never been exported or backed up.',
  'reminder.days': {
    one: 'Nothing has been exported or backed up for {count} day.',
    other: 'Nothing has been exported or backed up for {count} days.',
  },
  'reminder.backup': 'Back up now',
  'reminder.dismiss': 'Not now',
  // Home and start form: a round’s optional modules
  'modules.optional': 'Optional modules',
  'modules.optionalHint':
    'Each module is answered as a questionnaire of its own, after the core one, and scored apart from it. Module targets start at 60 for every area; change them on the round’s targets page.',
  'modules.answerWhich': 'Questionnaire to answer',
  'modules.answerWhichHint':
    'The core questionnaire or one of the round’s modules. A module you have already started opens again, it is not started twice.',
  'modules.coreOption': '{title} (core)',
  'modules.moduleOption': 'Module: {title}',
  'modules.answer': 'Answer the module: {title}',
  'modules.startFailed': 'The module could not be started: {message}',
  'modules.homeModule': 'module: {title}',
} as const;
