/** UI strings of the exchange, import, export and backup screens (source language). */
export const exchangeEn = {
  // Export
  'export.title': 'Export results',
  'export.intro':
    'Make a file to send to the coordinator or another agency. It holds the assessments with their agencies, rounds and questionnaires.',
  'export.what': 'What to export',
  'export.scopeAssessment': 'One assessment',
  'export.scopeAgency': 'All assessments of an agency',
  'export.scopeRound': 'A whole round',
  'export.assessment': 'Assessment',
  'export.agency': 'Agency',
  'export.round': 'Round',
  'export.nothing': 'Nothing is stored on this device to export yet.',
  'export.encrypt': 'Protect the file with a passphrase',
  'export.passphrase': 'Passphrase',
  'export.passphraseAgain': 'Passphrase again',
  'export.passphraseHint':
    'At least 8 characters. Tell it to the recipient by another way than the file itself.',
  'export.passphraseShort': 'The passphrase must have at least 8 characters.',
  'export.passphraseMismatch': 'The two passphrases are not the same.',
  'export.submit': 'Export file',
  'export.encrypting': 'Encrypting…',
  'export.preparing': 'Preparing the file…',
  'export.done': 'The file {file} was saved.',
  'export.failed': 'The file could not be made: {message}',
  'export.toImport': 'Import files',
  'export.toBackup': 'Back up or restore',
  'export.fromResults': 'Export this assessment',

  // Import
  'import.title': 'Import results',
  'import.intro':
    'Choose or drop the files you received. Each file is checked and you see what it would change; nothing is stored until you confirm.',
  'import.pick': 'Choose files',
  'import.drop': 'Drop files here, or press Enter to choose them',
  'import.reading': 'Checking…',
  'import.encrypted': 'This file is encrypted. Enter the passphrase it was sent with.',
  'import.passphraseFor': 'Passphrase for {name}',
  'import.unlock': 'Open the file',
  'import.wrongPassphrase':
    'The passphrase is wrong, or the file was altered. Check the passphrase and try again.',
  'import.problems': {
    one: 'The file cannot be imported ({count} problem):',
    other: 'The file cannot be imported ({count} problems):',
  },
  'import.place': 'Place: {place}',
  'import.detail': 'Details (English): {detail}',
  'import.counts':
    'To add: {add} · to update: {update} · unchanged: {skip} · in conflict: {conflict}',
  'import.newQuestionnaires': 'New questionnaire versions: {list}',
  'import.nothingNew': 'Everything in this file is already on this device.',
  'import.actionAdd': 'to add',
  'import.actionUpdate': 'to update (newer)',
  'import.actionSkip': 'unchanged',
  'import.actionConflict': 'in conflict',
  'import.kindAgency': 'Agency',
  'import.kindRound': 'Round',
  'import.kindAssessment': 'Assessment',
  'import.conflictText':
    'This assessment was changed both on this device and in the file. What should be kept?',
  'import.keepBoth': 'Keep both (the file’s copy is added beside mine)',
  'import.keepMine': 'Keep mine',
  'import.takeTheirs': 'Take the file’s version',
  'import.remove': 'Remove {name} from the list',
  'import.confirm': 'Import',
  'import.confirmFiles': {
    one: 'Import {count} file',
    other: 'Import {count} files',
  },
  'import.importing': 'Importing…',
  'import.summary':
    'Imported. Added: {added}, updated: {updated}, unchanged: {skipped}, kept side by side: {keptBoth}, replaced: {tookTheirs}, kept as they were: {keptMine}, questionnaire versions added: {questionnaires}.',
  'import.failed': 'Nothing was imported: {message}',
  'import.quota':
    'The browser has no room left to store the data, so nothing was written. Free some space on the device and try again.',
  'import.backupKind': 'This file is a backup made on {date}.',
  'import.exchangeKind': 'Exchange file made on {date}.',
  'import.batch': 'Files picked: {count}.',
  'import.batchStatus':
    'Ready to import: {ready} · with problems: {problems} · need a passphrase: {locked} · still being checked: {reading}',
  'import.quietFiles':
    'Files ready to import with nothing to decide: {count}. Files with problems or conflicts are listed above.',
  'import.showFiles': 'Show {count} more of them ({rest} not shown yet)',
  'import.showRows': 'Show {count} more rows ({rest} not shown yet)',

  // Problems in files, by code
  'problem.tooLarge': 'The file is larger than {maxMegabytes} MB, the most this app reads.',
  'problem.notJson': 'The file is not a data file of this app (not valid JSON).',
  'problem.truncated':
    'The file ends too early; it was probably cut off while being copied or sent.',
  'problem.tooDeep': 'The file is nested far too deeply; no exchange file looks like this.',
  'problem.forbiddenKey': 'The file contains a forbidden key «{key}».',
  'problem.otherFormat': 'This is not an exchange file or backup of this app.',
  'problem.newerVersion':
    'The file was made by a newer version of the app (format {found}); this app reads format {supported}. Update the app to read it.',
  'problem.bothContentAndEncrypted':
    'The file is encrypted yet also carries readable content; it was not made by this app.',
  'problem.digestMismatch':
    'The file was changed after it was made (its digest does not match). Ask the sender for a fresh copy.',
  'problem.passphraseRequired': 'The file is encrypted; enter the passphrase it was sent with.',
  'problem.decryptFailed': 'The passphrase is wrong, or the file was altered.',
  'problem.duplicateRecord': 'The same record appears twice in the file.',
  'problem.agencyCycle': 'Agencies in the file are each other’s parents.',
  'problem.unknownAgency':
    'A record refers to an agency that is neither in the file nor on this device.',
  'problem.unknownRound':
    'A record refers to a round that is neither in the file nor on this device.',
  'problem.missingQuestionnaire':
    'Answers refer to a questionnaire version that is neither in the file nor on this device.',
  'problem.unknownTarget': 'A round sets a target for something its questionnaire does not have.',
  'problem.unknownItem': 'An answer refers to a question the questionnaire does not have.',
  'problem.invalidAnswer':
    'An answer does not fit its question (for example, a number out of range).',
  'problem.moreProblems': {
    one: 'And {count} more problem.',
    other: 'And {count} more problems.',
  },
  'problem.unreadable': 'The file could not be read.',
  'problem.other': 'A value in the file is not valid.',

  // Spreadsheets
  'sheets.title': 'Spreadsheets of the round',
  'sheets.text':
    'CSV files that open in Excel and LibreOffice with Cyrillic text intact: the long form has one row per agency and question, the wide form one row per agency with its scores.',
  'sheets.long': 'Download the long form (CSV)',
  'sheets.wide': 'Download the wide form (CSV)',
  'sheets.xlsx': 'Download the workbook (XLSX, Excel)',
  'sheets.xlsxText':
    'The workbook holds both forms and a codebook: what every column, item and answer code means, in the language chosen here.',
  'codebook.col.agency': 'Agency name',
  'codebook.col.round': 'Round name',
  'codebook.col.respondent': 'Name of the person who answered',
  'codebook.col.role': 'Role of the person who answered',
  'codebook.col.dimension_code': 'Area code (stable across languages and rounds)',
  'codebook.col.dimension': 'Area title',
  'codebook.col.item_code': 'Question code (stable: a changed question gets a new code)',
  'codebook.col.item': 'Question text',
  'codebook.col.answer_code':
    'Answer code (see the codes of each question below); empty when unanswered',
  'codebook.col.answer': 'Answer, in words',
  'codebook.col.score': 'Score of the answer, 0–100; empty when not scored',
  'codebook.col.note': 'Note or evidence given with the answer',
  'codebook.col.status': 'Status of the assessment',
  'codebook.col.overall': 'Overall score, 0–100 (weighted mean of the areas)',
  'codebook.col.band': 'Band of the overall score',
  'codebook.col.stage': 'Stage of the overall score, 1–5',
  'codebook.dimensionScore': 'Score of the area “{title}”, 0–100',
  'codebook.type.level': 'Five described levels, 1–5',
  'codebook.type.yesPartialNo': 'Yes, partly or no',
  'codebook.type.percentage': 'A percentage, scored by bands',
  'codebook.type.choice': 'One of several options',
  'codebook.type.number': 'A number, scored between a worst and a best value',
  'codebook.type.text': 'Free text, not scored',
  'codebook.status.draft': 'Draft: still being answered',
  'codebook.status.submitted': 'Submitted',
  'codebook.band': '{range} ({name})',
  'codebook.percent': 'A percentage from 0 to 100',
  'codebook.number': 'A number',
  'codebook.numberUnit': 'A number, in {unit}',

  // Backup and restore
  'backup.title': 'Back up and restore',
  'backup.intro':
    'Everything is kept only in this browser. A backup file keeps it safe if the browser data is cleared or the device is lost.',
  'backup.make': 'Back up everything',
  'backup.done': 'The backup {file} was saved.',
  'backup.restoreTitle': 'Restore from a backup',
  'backup.restoreIntro':
    'Choose a backup file. You see what it would add or change before anything is written.',
  'backup.pick': 'Choose a backup file',
  'backup.confirm': 'Restore',

  // Storage safety
  'storageSpace.title': 'Storage on this device',
  'storageSpace.used': 'Space used: {used} of {quota} available to the app.',
  'storageSpace.unknown': 'The browser does not say how much space is used.',
  'storageSpace.megabytes': '{value} MB',
} as const;
