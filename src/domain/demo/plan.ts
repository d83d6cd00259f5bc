/**
 * What the demo data set is made of: real-world state bodies (DOMAIN "Kyrgyzstan facts"),
 * each with a deliberately uneven profile, and two rounds. The numbers are invented; every
 * record is marked `demo` and every screen labels it so.
 */
import type { AgencyKind, RespondentRole } from '../records';

export interface DemoAgencySpec {
  key: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  /** `key` of the parent body. */
  parent?: string;
  /** Overall standing from −1 (far behind) to 1 (leader). */
  standing: number;
  /** Change of the agency's level from one round to the next; negative falls back. */
  trend: number;
  /** One role per respondent; the first answers for the agency, the others echo it with differences. */
  roles: RespondentRole[];
  /** Round indexes where only a partly answered draft exists, or nothing at all. */
  draftIn?: number[];
  absentIn?: number[];
}

export interface DemoRoundSpec {
  name: string;
  /** yyyy-mm-dd. */
  start: string;
  end: string;
  /** The target for every dimension, in [0, 1]. */
  target: number;
}

export interface DemoPlan {
  agencies: DemoAgencySpec[];
  rounds: DemoRoundSpec[];
}

const IT: RespondentRole[] = ['itUnit'];
const LEAD: RespondentRole[] = ['leadership'];

/* prettier-ignore */
export const DEMO_AGENCIES: DemoAgencySpec[] = [
  { key: 'digital', name: 'Ministry of Digital Development', shortName: 'MinDigital', kind: 'ministry', standing: 1, trend: 0.08, roles: ['itUnit', 'leadership', 'serviceStaff'] },
  { key: 'economy', name: 'Ministry of Economy and Finance', shortName: 'MinEconomy', kind: 'ministry', standing: 0.45, trend: 0.07, roles: ['leadership', 'itUnit'] },
  { key: 'defence', name: 'Ministry of Defence', shortName: 'MinDefence', kind: 'ministry', standing: -0.3, trend: 0.07, roles: IT },
  { key: 'foreign', name: 'Ministry of Foreign Affairs', shortName: 'MFA', kind: 'ministry', standing: 0.1, trend: 0.06, roles: IT, draftIn: [1] },
  { key: 'justice', name: 'Ministry of Justice', shortName: 'MinJustice', kind: 'ministry', standing: 0.2, trend: 0.09, roles: LEAD },
  { key: 'health', name: 'Ministry of Health and Social Development', shortName: 'MinHealth', kind: 'ministry', standing: -0.2, trend: 0.1, roles: ['leadership', 'itUnit', 'serviceStaff'] },
  { key: 'education', name: 'Ministry of Education and Science', shortName: 'MinEducation', kind: 'ministry', standing: -0.35, trend: 0.08, roles: ['leadership', 'serviceStaff'] },
  { key: 'culture', name: 'Ministry of Culture, Information, Sports and Youth Policy', shortName: 'MinCulture', kind: 'ministry', standing: -0.6, trend: -0.08, roles: IT },
  { key: 'emergency', name: 'Ministry of Emergency Situations', shortName: 'MES', kind: 'ministry', standing: -0.25, trend: -0.1, roles: IT },
  { key: 'interior', name: 'Ministry of Internal Affairs', shortName: 'MinInterior', kind: 'ministry', standing: -0.1, trend: 0.07, roles: IT },
  { key: 'transport', name: 'Ministry of Transport and Communications', shortName: 'MinTransport', kind: 'ministry', standing: -0.45, trend: 0.07, roles: IT },
  { key: 'energy', name: 'Ministry of Energy and Industry', shortName: 'MinEnergy', kind: 'ministry', standing: -0.6, trend: 0.06, roles: LEAD },
  { key: 'agriculture', name: 'Ministry of Agriculture, Forestry and Water Resources', shortName: 'MinAgriculture', kind: 'ministry', standing: -0.8, trend: 0.06, roles: IT, draftIn: [1] },
  { key: 'ecology', name: 'State Committee on Ecology and Climate', shortName: 'Ecology Committee', kind: 'stateCommittee', standing: -0.65, trend: 0.1, roles: IT },
  { key: 'security', name: 'State Committee for National Security', shortName: 'National Security', kind: 'stateCommittee', standing: -0.15, trend: 0.06, roles: IT, absentIn: [1] },
  { key: 'local', name: 'State Agency for Local Self-Government and Interethnic Relations', shortName: 'Local Government Agency', kind: 'agency', standing: -0.75, trend: 0.07, roles: LEAD },
  { key: 'construction', name: 'State Agency for Architecture and Construction', shortName: 'Construction Agency', kind: 'agency', standing: -0.55, trend: 0.06, roles: IT },
  { key: 'patent', name: 'State Agency for Intellectual Property', shortName: 'Kyrgyzpatent', kind: 'agency', standing: 0, trend: -0.09, roles: IT },
  { key: 'fiu', name: 'State Financial Intelligence Service', shortName: 'Financial Intelligence', kind: 'agency', parent: 'economy', standing: 0.15, trend: 0.06, roles: IT },
  { key: 'tax', name: 'State Tax Service', shortName: 'Tax Service', kind: 'agency', parent: 'economy', standing: 0.9, trend: 0.07, roles: ['leadership', 'itUnit'] },
  { key: 'customs', name: 'State Customs Service', shortName: 'Customs', kind: 'agency', parent: 'economy', standing: 0.8, trend: 0.06, roles: IT },
  { key: 'social', name: 'Social Fund', shortName: 'Social Fund', kind: 'agency', standing: 0.35, trend: 0.08, roles: ['itUnit', 'serviceStaff'] },
  { key: 'statistics', name: 'National Statistical Committee', shortName: 'NSC', kind: 'agency', standing: 0.3, trend: 0.08, roles: IT },
  { key: 'registration', name: 'State Registration Service', shortName: 'Registration Service', kind: 'agency', parent: 'digital', standing: 0.95, trend: 0.06, roles: IT },
  { key: 'personal-data', name: 'State Agency for Personal Data Protection', shortName: 'Personal Data Agency', kind: 'agency', standing: -0.4, trend: 0.12, roles: LEAD },
];

export const DEMO_ROUNDS: DemoRoundSpec[] = [
  { name: 'Baseline 2025 (demo)', start: '2025-02-03', end: '2025-04-30', target: 0.6 },
  { name: 'Follow-up 2026 (demo)', start: '2026-02-02', end: '2026-04-30', target: 0.65 },
];

export const DEMO_PLAN: DemoPlan = { agencies: DEMO_AGENCIES, rounds: DEMO_ROUNDS };

/**
 * A larger plan for benchmarks: the demo bodies repeated with numbered names (parents
 * within the same copy), over `rounds` yearly rounds with rising targets.
 */
export function scaledDemoPlan(agencies: number, rounds: number): DemoPlan {
  const specs = Array.from({ length: agencies }, (_, i): DemoAgencySpec => {
    const base = DEMO_AGENCIES[i % DEMO_AGENCIES.length];
    if (!base) throw new Error('no demo agencies');
    const copy = Math.floor(i / DEMO_AGENCIES.length);
    const suffix = copy === 0 ? '' : ` ${copy + 1}`;
    return {
      ...base,
      key: base.key + suffix,
      name: base.name + suffix,
      shortName: base.shortName + suffix,
      ...(base.parent ? { parent: base.parent + suffix } : {}),
    };
  });
  const roundSpecs = Array.from({ length: rounds }, (_, r): DemoRoundSpec => ({
    name: `Round ${2025 + r} (bench)`,
    start: `${2025 + r}-02-03`,
    end: `${2025 + r}-04-30`,
    target: Math.min(1, 0.6 + 0.05 * r),
  }));
  return { agencies: specs, rounds: roundSpecs };
}
