/** UI strings of the coordinator's round screens (source language). */
export const roundEn = {
  // The list of rounds
  'rounds.title': 'Assessment rounds',
  'rounds.intro':
    'Each round gathers the self-assessments of many agencies on one questionnaire. Open a round to compare the agencies.',
  'rounds.empty': 'There are no rounds on this device yet.',
  'rounds.period': '{start} – {end}',
  'rounds.agencies': {
    one: '{count} agency with an assessment: {submitted} submitted, {draft} in draft',
    other: '{count} agencies with an assessment: {submitted} submitted, {draft} in draft',
  },

  // The round screen
  'round.notFound': 'This round is not stored on this device.',
  'round.period': 'Period: {start} – {end}',
  'round.onThisPage': 'On this page',
  'round.demoBanner': 'Demo data — synthetic.',
  'round.demoBannerText':
    'These agencies and answers were generated to show how the screens work. They are not real assessments.',
  'round.demoTag': 'demo',
  'round.csv': 'Download “{table}” as CSV',
  'round.overall': 'Overall',
  'round.agency': 'Agency',
  'round.agencies': 'Agencies',
  'round.area': 'Area',
  'round.target': 'Target',
  'round.noScore': 'no score',
  'round.noSubmitted': 'No agency has submitted an assessment in this round yet.',
  'round.editTargets': 'Set targets',
  'round.setTargets': 'Set targets for this round',

  // Overview
  'round.overviewTitle': 'Overview',
  'round.statusCounts': {
    one: '{count} agency: {submitted} submitted, {draft} in draft, {notStarted} not started.',
    other: '{count} agencies: {submitted} submitted, {draft} in draft, {notStarted} not started.',
  },
  'round.kindFilter': 'Agency kind',
  'round.allKinds': 'All kinds',
  'round.overviewCaption': 'Agencies in this round ({shown} of {count} shown)',
  'round.kind': 'Kind',
  'round.status': 'Status',
  'round.status.notStarted': 'Not started',
  'round.status.draft': 'Draft',
  'round.status.submitted': 'Submitted',
  'round.respondents': 'Respondents',
  'round.completeness': 'Completeness',
  'round.overallScore': 'Overall score',
  'round.band': 'Band',
  'round.stage': 'Stage',

  // Heatmap
  'round.heatmapTitle': 'Heatmap',
  'round.heatmapIntro':
    'Every agency’s score per area, 0–100, with its band letter (A ≥ 75, B ≥ 50, C ≥ 25, D below). Sort by a column with the button in its header.',
  'round.heatmapLeftOut': {
    one: '{count} agency without a submitted assessment is not shown.',
    other: '{count} agencies without a submitted assessment are not shown.',
  },
  'round.heatmapCaption': 'Scores by agency and area (0–100 and band)',
  'round.roundMean': 'Round mean',
  'round.legendTitle': 'Colour scale (score 0–100)',
  'round.legendStep': '{from}–{to}',
  'round.legendBands':
    'Darker cells are lower scores. Every cell also shows its number and band letter.',
  'round.sortedAscending': 'Sorted by {column}, ascending',
  'round.sortedDescending': 'Sorted by {column}, descending',

  // Gaps to target
  'round.gapsTitle': 'Gaps to target',
  'round.gapsIntro':
    'Gap = how far a score is below the target (0 when it meets it). The mean gap is over the agencies with a score in the area.',
  'round.noTargets': 'This round has no targets yet, so there are no gaps to show.',
  'round.gapsCaption': 'Gaps to target per area (points on 0–100)',
  'round.meanGap': 'Mean gap',
  'round.belowTarget': 'Below target',
  'round.belowOf': '{below} of {count}',
  'round.scoredAgencies': 'Agencies with a score',
  'round.largestGaps': 'Largest gaps (top {count})',
  'round.gapValue': '−{gap}',
  'round.largestGapAgency': 'Largest gap {rank}: agency',
  'round.largestGapValue': 'Largest gap {rank}: points',

  // Distribution
  'round.distributionTitle': 'Distribution',
  'round.distributionFigure': 'Scores of the agencies per area (strip and box plot, 0–100)',
  'round.distributionHelp':
    'Each dot is one agency. The box spans the middle half (first to third quartile), the thick line is the median, the whiskers reach the lowest and highest score, the dashed line is the target. Point at a dot, or Tab to an area and use the arrow keys, to read the agency and its score.',
  'round.summaryCaption': 'Five-number summary per area (0–100)',
  'round.min': 'Lowest',
  'round.q1': 'First quartile',
  'round.median': 'Median',
  'round.q3': 'Third quartile',
  'round.max': 'Highest',

  // Fragmentation
  'round.fragmentationTitle': 'Fragmentation',
  'round.readingLabel': 'Reading',
  'round.readingMostUneven':
    '{area} is the most uneven area: scores range from {min} to {max} (CV {cv}, {band} by the heuristic).',
  'round.readingMostEven': 'The most even area is {area} (CV {cv}, {band}).',
  'round.readingBasis': {
    one: 'Based on {count} agency with a submitted assessment.',
    other: 'Based on {count} agencies with a submitted assessment.',
  },
  'round.readingTooFew': {
    one: 'Fragmentation needs submitted assessments from at least two agencies; so far there is {count}.',
    other:
      'Fragmentation needs submitted assessments from at least two agencies; so far there are {count}.',
  },
  'round.readingLevel': {
    one: 'The {count} agency scores alike in every area: nothing is uneven.',
    other: 'All {count} agencies score alike in every area: nothing is uneven.',
  },
  'round.cvBand.low': 'low',
  'round.cvBand.moderate': 'moderate',
  'round.cvBand.high': 'high',
  'round.spreadCaption': 'Spread across agencies per area and overall',
  'round.mean': 'Mean',
  'round.sd': 'SD',
  'round.cv': 'CV',
  'round.cvBandColumn': 'CV band (heuristic)',
  'round.gini': 'Gini',
  'round.range': 'Range',
  'round.iqr': 'IQR',
  'round.shareBelow': 'Share below target',
  'round.cvHeuristic':
    'CV bands are a heuristic, not a tested threshold: < 0.15 low, 0.15–0.30 moderate, > 0.30 high.',
  'round.spreadNotes':
    'SD is the population standard deviation; CV = SD / mean; Gini 0 means all agencies equal; IQR = third − first quartile. Mean, SD, range and IQR are points on 0–100.',
  'round.imbalanceTitle': 'Imbalance within agencies',
  'round.imbalanceIntro':
    'The standard deviation of each agency’s own area scores: a high figure means strong areas beside weak ones.',
  'round.imbalanceCaption':
    'Imbalance within each agency, most uneven first ({shown} of {count} shown)',
  'round.imbalance': 'Imbalance (SD)',
  'round.weakestArea': 'Weakest area',
  'round.weakestScore': 'Weakest score',
  'round.strongestArea': 'Strongest area',
  'round.strongestScore': 'Strongest score',
  'round.showAll': {
    one: 'Show all {count} agency',
    other: 'Show all {count} agencies',
  },
  'round.showFewer': 'Show the first {count} only',

  // Targets form
  'targets.title': 'Targets',
  'targets.intro':
    'For each area, the score (0–100) every agency should reach in this round. Leave a field empty for no target there. Gaps and shares below target are measured against these.',
  'targets.hint': '0–100, for example 60 or 62.5; empty means no target',
  'targets.save': 'Save targets',
  'targets.saved': 'Targets saved.',
  'targets.notSaved': {
    one: 'The targets were not saved: {count} field needs correcting.',
    other: 'The targets were not saved: {count} fields need correcting.',
  },
  'targets.notNumber': 'Enter a number from 0 to 100, such as 60 or 62.5.',
  'targets.outOfRange': 'A target must be between 0 and 100.',
  'targets.saveFailed': 'The targets could not be saved: {message}',
  'targets.back': 'Back to the round',
  'targets.overallNote':
    'The overall target is the weighted mean of the area targets, and exists only when every area has one.',
} as const;
