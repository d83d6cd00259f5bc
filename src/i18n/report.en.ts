/** UI strings of the printable reports (source language). */
export const reportEn = {
  // Links to the reports and the toolbar above them (not printed)
  'report.link': 'Printable report',
  'report.roundLink': 'Printable round summary',
  'report.print': 'Print or save as PDF',
  'report.printHint':
    'The report is laid out for A4 paper, portrait. In the print dialog choose a printer, or “Save as PDF” to keep a file.',
  'report.backToResults': 'Back to the results',
  'report.backToRound': 'Back to the round',
  'report.about': 'About this report',
  'report.madeOn': 'Report made',

  // Agency report
  'report.agencyTitle': 'E-governance readiness report: {agency}',
  'report.round': 'Round',
  'report.period': 'Period',
  'report.questionnaire': 'Questionnaire',
  'report.respondent': 'Respondent',
  'report.respondentValue': '{name} ({role})',
  'report.status': 'Status',
  'report.submittedOn': 'Submitted {date}',
  'report.draftChanged': 'Draft, last changed {date}',
  'report.summaryTitle': 'Summary',
  'report.scoresTitle': 'Scores per area',
  'report.scoresCaption': 'Score, band, stage, target and gap per area (0–100)',
  'report.gapsTitle': 'Gaps to target',
  'report.gapsIntro': 'Areas below the round’s target, the most urgent first (area weight × gap).',
  'report.gapItem': '{area}: {score} against a target of {target}, {gap} points below.',
  'report.noGaps': 'Every area with a score reaches its target.',
  'report.noTargets': 'The round sets no targets, so there are no gaps to show.',
  'report.notesTitle': 'Notes and evidence',
  'report.notesIntro': 'What the respondent wrote beside the answers, by area.',
  'report.noNotes': 'No notes or evidence were given.',

  // Round summary
  'report.roundTitle': 'Round summary: {round}',
  'report.agencies': 'Agencies',
  'report.codesKey': 'Area codes',
  'report.heatmapCaption':
    'Score per agency and area (0–100) with band letter; area codes as in the key',
  'report.rankingTitle': 'Ranking by overall score',
  'report.rankingCaption':
    'Agencies with a submitted assessment, highest overall score first; equal scores share a rank',
  'report.rank': 'Rank',
} as const;
