/** UI strings of the presentation mode and the privacy settings (source language). */
export const presentationEn = {
  // Hiding agency names and small groups (round screen, comparison, presentation)
  'privacy.agencyName': 'Agency {letter}',
  'privacy.respondentName': 'Respondent {letter}{index}',
  'privacy.hideNames': 'Hide agency names',
  'privacy.threshold': 'Hide figures from fewer agencies than',
  'privacy.thresholdHint': 'A whole number, 1 or more (usually 3).',
  'privacy.thresholdNotWhole': 'Enter a whole number, such as 3.',
  'privacy.thresholdBelowOne': 'Enter 1 or more.',
  'privacy.hidden': {
    one: 'hidden: fewer than {count} agency',
    other: 'hidden: fewer than {count} agencies',
  },
  'privacy.kindHidden': 'hidden: few of this kind',
  'privacy.hiddenKind': {
    one: 'Hidden: fewer than {count} agency of this kind.',
    other: 'Hidden: fewer than {count} agencies of this kind.',
  },
  'privacy.notice': {
    one: 'Agency names are hidden: each agency is shown by a letter, the same on every screen of this round. Figures from fewer than {count} agency are hidden.',
    other:
      'Agency names are hidden: each agency is shown by a letter, the same on every screen of this round. Figures from fewer than {count} agencies are hidden.',
  },
  'privacy.noticeHidden': 'Areas with hidden figures: {areas}.',

  // Presentation: frame and controls
  'present.link': 'Present to the room',
  'present.label': 'Presentation',
  'present.controls': 'Presentation controls',
  'present.previous': 'Previous',
  'present.next': 'Next',
  'present.slideCounter': 'Slide {current} of {count}',
  'present.announce': 'Slide {current} of {count}: {title}',
  'present.fullscreen': 'Full screen',
  'present.help': 'Keys',
  'present.exit': 'Leave',
  'present.namesHidden': 'Agency names hidden',
  'present.namesShown': 'Agency names shown',

  // Help overlay
  'present.helpTitle': 'Keys for the presentation',
  'present.helpClose': 'Close',
  'present.keyColumn': 'Key',
  'present.actionColumn': 'What it does',
  'present.keyOr': '{a} or {b}',
  'present.keyNext': 'Next slide',
  'present.keyPrevious': 'Previous slide',
  'present.keyFirst': 'First slide',
  'present.keyLast': 'Last slide',
  'present.keyFullscreen': 'Full screen on or off',
  'present.keyAnonymise': 'Hide or show agency names',
  'present.keyHelp': 'Show these keys',
  'present.keyEscape': 'Close this list; otherwise leave the presentation',

  // Title slide
  'present.titleKicker': 'E-governance readiness: results of the round',
  'present.period': '{start} – {end}',
  'present.agenciesSubmitted': {
    one: '{count} agency submitted its self-assessment',
    other: '{count} agencies submitted their self-assessment',
  },
  'present.agenciesDraft': {
    one: '{count} agency is still in draft',
    other: '{count} agencies are still in draft',
  },
  'present.anonymisedNote': 'Agency names are hidden: each agency is shown by a letter.',

  // Context slide
  'present.contextKicker': 'Context',
  'present.contextTitle': 'Where Kyrgyzstan stands',
  'present.contextNote': 'Published figures about the country, not results of this round.',
  'present.egdiTitle': 'E-Government Development Index (EGDI): rank among {count} UN member states',
  'present.egdiChart': 'Kyrgyzstan’s EGDI rank by survey year: {values}. A lower rank is better.',
  'present.year': 'Year',
  'present.rank': 'Rank',
  'present.rankOf': '{rank} of {count}',
  'present.egdiGained': {
    one: 'Up {count} place since {year}.',
    other: 'Up {count} places since {year}.',
  },
  'present.egdiSource': 'Source: United Nations, E-Government Survey 2018, 2020, 2022 and 2024.',
  'present.platformTitle': 'Data exchange: Tunduk',
  'present.tunduk':
    'Tunduk, the national data-exchange platform built on X-Road, has run since {since}: about {organisations} connected organisations and more than {services} e-services ({year}).',
  'present.tundukSource': 'Source: figures published for the Tunduk platform, {year}.',
  'present.strategyTitle': 'Strategy',
  'present.strategy':
    'Digital Transformation Concept 2024–2028: digital state, digital economy, digital skills, digital infrastructure. Before it: Taza Koom (2017) and Digital Kyrgyzstan 2019–2023.',
  'present.strategySource': 'Source: the Government’s strategy documents.',

  // Area slides
  'present.areaKicker': 'Area {current} of {count}',
  'present.chartName': 'Scores of the agencies in {area}, 0–100',
  'present.chartHelp':
    'Each dot is an agency. The box spans the middle half of the scores, the line in it is the median, the dashed line the target.',
  'present.tableCaption': 'Scores of the agencies in {area}',
  'present.agency': 'Agency',
  'present.score': 'Score',
  'present.targetLabel': 'Target {value}',
  'present.n': 'Agencies',
  'present.mean': 'Mean',
  'present.sd': 'Standard deviation',
  'present.cv': 'Coefficient of variation',
  'present.cvWithBand': '{cv} ({band}, by a heuristic)',
  'present.gini': 'Gini',
  'present.target': 'Target',
  'present.noTarget': 'none set',
  'present.below': 'Below target',
  'present.noScores': 'No agency has a score in this area yet.',
  'present.hiddenArea': {
    one: 'Figures hidden: fewer than {count} agency has a score in this area.',
    other: 'Figures hidden: fewer than {count} agencies have a score in this area.',
  },
  'present.prompts': 'For discussion',

  // Summary slide
  'present.summaryTitle': 'Summary',
  'present.gapsTitle': 'Largest gaps to target',
  'present.gapItem':
    'mean gap {gap} points to the target of {target}; {below} of {count} agencies below it',
  'present.noGaps': 'No area is below its target on average.',
  'present.noTargets': 'This round sets no targets.',
  'present.unevenTitle': 'Most uneven areas',
  'present.unevenItem': 'CV {cv} ({band}); scores from {min} to {max}',
  'present.noUneven': 'No area has scores from enough agencies to compare.',
  'present.summaryHidden': {
    one: 'Areas left out because fewer than {count} agency has a score there: {areas}.',
    other: 'Areas left out because fewer than {count} agencies have a score there: {areas}.',
  },
};
