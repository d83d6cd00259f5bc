/** UI strings of the coordinator's compare screens (source language). */
export const compareEn = {
  // Shared by the compare, agency and trends screens
  'compare.demoBanner': 'Demo data — synthetic.',
  'compare.demoBannerText':
    'These agencies and answers were generated to show how the screens work. They are not real assessments.',
  'compare.demoTag': 'demo',
  'compare.csv': 'Download “{table}” as CSV',
  'compare.area': 'Area',
  'compare.agency': 'Agency',
  'compare.overall': 'Overall',
  'compare.target': 'Target',
  'compare.noScore': 'no score',
  'compare.roundNotFound': 'This round is not stored on this device.',

  // Links from other screens
  'compare.link': 'Compare agencies',
  'trends.link': 'Trends between rounds',

  // Compare agencies
  'compare.title': 'Compare agencies',
  'compare.intro':
    'Choose two to six agencies with a submitted assessment. Their scores are drawn over one another and set side by side in a table. The address keeps the choice, so it can be shared or opened again.',
  'compare.pickLegend': 'Agencies to compare',
  'compare.chosen': 'Chosen: {count} of at most {max}',
  'compare.tooMany':
    'At most {max} agencies can be compared at once. Clear one before choosing “{name}”.',
  'compare.addressTooMany':
    'The address named more than {max} agencies; the first {max} are shown.',
  'compare.addressUnknown': {
    one: '{count} agency in the address has no submitted assessment in this round and is left out.',
    other:
      '{count} agencies in the address have no submitted assessment in this round and are left out.',
  },
  'compare.chooseMore': 'Choose at least two agencies to see them compared.',
  'compare.tooFewSubmitted': {
    one: 'A comparison needs submitted assessments from at least two agencies; this round has {count}.',
    other:
      'A comparison needs submitted assessments from at least two agencies; this round has {count}.',
  },
  'compare.clear': 'Clear the choice',
  'compare.radarTitle': 'Scores of the chosen agencies per area (0–100)',
  'compare.radarAgencies': 'A radar chart with one outline per agency: {names}.',
  'compare.radarTarget': 'The dashed black outline is the round’s target.',
  'compare.radarTable': 'Every figure is also in the table below.',
  'compare.legendTitle': 'Legend',
  'compare.tableCaption': 'Scores per area side by side (0–100, with band)',
  'compare.highest': 'highest',
  'compare.highestNote':
    'In each row the highest score is marked “highest” (ties are all marked; a level row is not).',
  'compare.csvScore': '{agency}: score',
  'compare.csvBand': '{agency}: band',
  'compare.csvHighest': 'Highest',

  // One agency in a round
  'agencyPage.inRound': 'In the round “{round}”',
  'agencyPage.notFound': 'This agency is not stored on this device.',
  'agencyPage.status': 'Status in this round: {status}.',
  'agencyPage.status.notStarted': 'not started',
  'agencyPage.status.draft': 'draft only',
  'agencyPage.status.submitted': 'submitted',
  'agencyPage.noScore':
    'No assessment of this agency has been submitted in this round yet, so there are no scores to show.',
  'agencyPage.scoresTitle': 'Scores per area',
  'agencyPage.combined': {
    one: 'From {count} submitted respondent.',
    other:
      'Combined from {count} submitted respondents: each question scores the mean of the role means.',
  },
  'agencyPage.scoresCaption': 'Scores of the agency per area (0–100)',
  'agencyPage.score': 'Score',
  'agencyPage.band': 'Band',
  'agencyPage.stage': 'Stage',
  'agencyPage.gap': 'Gap to target',
  'agencyPage.completeness': 'Completeness',
  'agencyPage.rolesTitle': 'What each role says',
  'agencyPage.rolesIntro':
    'The mean score of each role’s respondents per area. The combined score hides where roles see the agency differently; this table shows it.',
  'agencyPage.rolesCaption': 'Mean per role and area (0–100)',
  'agencyPage.roleColumn': {
    one: '{role} ({count} respondent)',
    other: '{role} ({count} respondents)',
  },
  'agencyPage.oneRole':
    'Every submitted respondent answered in the same role, so roles cannot be compared.',
  'agencyPage.divergenceTitle': 'Questions where roles diverge',
  'agencyPage.divergenceIntro':
    'Flagged where the role means differ by a level (25 points) or more, largest difference first.',
  'agencyPage.divergenceCaption': {
    one: '{count} question where roles differ by 25 points or more',
    other: '{count} questions where roles differ by 25 points or more',
  },
  'agencyPage.noDivergence': 'No question differs between roles by a level (25 points) or more.',
  'agencyPage.question': 'Question',
  'agencyPage.spread': 'Difference (points)',
  'agencyPage.notAnswered': 'no score',
  'agencyPage.respondentsTitle': 'Respondents',
  'agencyPage.noRespondents': 'Nobody has started an assessment for this agency in this round.',
  'agencyPage.respondent': '{role}, {status}',
  'agencyPage.respondentStatus.draft': 'draft',
  'agencyPage.respondentStatus.submitted': 'submitted',
  'agencyPage.openResults': 'Results of {name}',
  'agencyPage.compareWith': 'Compare with other agencies',

  // Trends between rounds
  'trends.title': 'Trends between rounds',
  'trends.intro':
    'How each agency’s scores changed from an earlier round to a later one. Only agencies with a submitted assessment in both rounds are listed.',
  'trends.rounds': 'Rounds to compare',
  'trends.earlier': 'Earlier round',
  'trends.later': 'Later round',
  'trends.needTwo': {
    one: 'Trends need at least two rounds on this device; there is {count}.',
    other: 'Trends need at least two rounds on this device; there are {count}.',
  },
  'trends.sameRound': 'Choose two different rounds.',
  'trends.notReadable':
    'One of the rounds cannot be read: it or its questionnaire is not stored on this device.',
  'trends.noAgencies': 'No agency has a submitted assessment in both rounds.',
  'trends.basis': {
    one: '{count} agency with a submitted assessment in both rounds.',
    other: '{count} agencies with a submitted assessment in both rounds.',
  },
  'trends.improvedTitle': 'Most improved',
  'trends.fellBackTitle': 'Fell back',
  'trends.noneImproved': 'No agency improved overall.',
  'trends.noneFellBack': 'No agency fell back overall.',
  'trends.highlight': '{change} points overall ({before} → {after})',
  'trends.tableCaption': 'Change per area and overall, in points (0–100)',
  'trends.before': 'Overall, earlier',
  'trends.after': 'Overall, later',
  'trends.change': 'Overall change',
  'trends.sortedRise': 'Sorted by overall change, largest rise first.',
  'trends.sortedFall': 'Sorted by overall change, largest fall first.',
  'trends.sortedName': 'Sorted by agency name.',
  'trends.signs': 'A plus sign and ▲ mean the score rose; a minus sign and ▼ that it fell.',
  'trends.csvBefore': '{area}: earlier',
  'trends.csvAfter': '{area}: later',
  'trends.csvChange': '{area}: change',
  'trends.versions':
    'The rounds used different questionnaires: {earlier} and {later}. Both are scored here on the {count} scored questions they share, so the figures can differ from each round’s own screen.',
  'trends.sameVersion':
    'Both rounds used {questionnaire}; all {count} scored questions are compared.',
  'trends.onlyEarlier': {
    one: 'Only in the earlier version, left out ({count} question):',
    other: 'Only in the earlier version, left out ({count} questions):',
  },
  'trends.onlyLater': {
    one: 'Only in the later version, left out ({count} question):',
    other: 'Only in the later version, left out ({count} questions):',
  },
} as const;
