/**
 * Notes and evidence as respondents write them, per dimension id of the shipped core
 * questionnaire; `high` for answers at the upper end, `low` for the lower end. Invented,
 * in English, and plausible rather than true of any named body.
 */
export interface NotePool {
  high: readonly string[];
  low: readonly string[];
}

export const NOTES: Record<string, NotePool> = {
  leadership: {
    high: [
      'Digital transformation plan approved by Order No. 112 of 2024; reviewed every quarter.',
      'Deputy minister chairs the digital steering group; minutes kept since 2023.',
      'KPIs tracked on a dashboard in 1C and reported to the Cabinet twice a year.',
    ],
    low: [
      'No approved strategy yet; a draft is with the legal department.',
      'IT is handled by one specialist in the administrative department.',
      'No separate ICT budget line; purchases come from general running costs.',
    ],
  },
  'internal-processes': {
    high: [
      'All correspondence in the electronic document management system since 2022.',
      'HR and payroll in 1C:Salary and HR; leave requests filed online.',
      'Case files registered in our own system; paper only for court copies.',
    ],
    low: [
      'Incoming letters scanned, but approvals still on paper with wet signatures.',
      'Personnel records kept in Excel files on the HR officer’s computer.',
      'Case handling on paper; a registration database exists in one regional office.',
    ],
  },
  'infrastructure-security': {
    high: [
      'Backups nightly to the state data centre; restore tested in March.',
      'Information security policy approved in 2023; incident log kept by the IT unit.',
      'Workstations replaced in 2024 (120 units); licensed antivirus on all of them.',
    ],
    low: [
      'About a third of the computers are older than ten years.',
      'Backups on an external disk, made by hand when someone remembers.',
      'No written security policy; passwords shared within departments.',
    ],
  },
  interoperability: {
    high: [
      'Connected to Tunduk since 2019; 14 services provided, 9 consumed.',
      'Citizens no longer bring certificates that other agencies hold (once only).',
      'Exchange agreements signed with the Social Fund and the Tax Service.',
    ],
    low: [
      'Connection to Tunduk requested in 2024; waiting for a security server.',
      'Data from other agencies arrives by official letter, then typed in by hand.',
      'Our register is kept in Excel; no API or agreed data format.',
    ],
  },
  'e-services': {
    high: [
      '23 of 31 services available on the state services portal; e-payment enabled.',
      'Applications signed with the cloud e-signature; no visit to the office needed.',
      'Half of all requests now arrive online, up from a fifth two years ago.',
    ],
    low: [
      'Only information about services on the website; forms must be printed.',
      'Fees paid at the bank; the receipt is brought to the office.',
      'Two services planned for the portal in 2026.',
    ],
  },
  'user-centricity': {
    high: [
      'Website and forms in Kyrgyz and Russian; call centre 1212 answers both.',
      'Satisfaction survey after every online request; results published yearly.',
      'Services redesigned with user testing in two regional offices.',
    ],
    low: [
      'Website only in Russian; the Kyrgyz version has not been updated since 2021.',
      'No mobile version; no feedback collected from applicants.',
      'Help given only in person at the reception desk.',
    ],
  },
  'data-governance': {
    high: [
      'Inventory of 17 information systems and their data owners kept up to date.',
      'Four data sets published on the open data portal, updated monthly.',
      'Personal data processing registered with the data protection agency.',
    ],
    low: [
      'No list of our information systems; each department keeps its own files.',
      'Reports for management compiled by hand from paper journals.',
      'Archive rules for electronic records not yet defined.',
    ],
  },
  'transparency-participation': {
    high: [
      'Complaints accepted online and tracked to an answer within 14 days.',
      'Draft regulations posted for public discussion on koomtalkuu.gov.kg.',
      'Annual performance report published on the website with figures.',
    ],
    low: [
      'Complaints only by letter or in person; no register of answers.',
      'Website news updated irregularly; no performance figures published.',
      'Most applicants still come to the office at least twice.',
    ],
  },
  'digital-skills': {
    high: [
      'All staff passed the basic digital literacy course in 2024.',
      'Training plan with its own budget line; 40 staff trained this year.',
      'Eight ICT specialists for about 300 staff.',
    ],
    low: [
      'Many staff over 55 use the computer for typing only.',
      'One IT specialist for the whole ministry and its regional offices.',
      'No training budget; courses only when donors offer them.',
    ],
  },
};

/** For dimensions of other questionnaires. */
export const GENERIC_NOTES: NotePool = {
  high: ['Confirmed by the internal audit in 2024.', 'Evidence kept by the IT unit.'],
  low: ['Planned for next year; no funds yet.', 'Done by hand for now.'],
};

export const NOT_APPLICABLE_NOTES = [
  'Not part of our mandate.',
  'We provide no services to the public directly.',
];

export const DONT_KNOW_NOTES = [
  'Asked the IT unit; no answer yet.',
  'Handled by the parent ministry; we have no figures.',
];
