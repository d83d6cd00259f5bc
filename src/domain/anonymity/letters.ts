/**
 * Stable letters for the agencies of a round, for showing results without names (a trainer
 * projecting a round, a coordinator sharing a screen).
 *
 * The choice: every agency of the round's view (the agencies on the device, see RoundView)
 * gets A, B, … in the order of its id. Ids are random UUIDs, so
 * - the letter depends on the agency's id alone, never on its name, on the screen, on the
 *   questionnaire shown (core or module) or on how a table is sorted: every screen of the
 *   round gives an agency the same letter;
 * - the letters do not leak the alphabetical order of the names (letters given by name would
 *   let anyone who knows the list of agencies undo them).
 * The letters change only when agencies are added to or removed from the device (one slots in
 * by its id); during a session in front of a room they stay put.
 */

/** 0 → A, 25 → Z, 26 → AA, 27 → AB, 701 → ZZ, 702 → AAA (bijective base 26, as spreadsheet columns). */
export function letterLabel(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`no letter for ${index}`);
  let label = '';
  let n = index + 1;
  while (n > 0) {
    const digit = (n - 1) % 26;
    label = String.fromCharCode(65 + digit) + label;
    n = Math.floor((n - 1) / 26);
  }
  return label;
}

/** Label order: A … Z, AA …; for sorting labels the way they were given. */
export function compareLabels(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

// Code-unit order, not a locale's collation: the same on every device and in every language.
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Agency id → letter, in id order (see the file comment); repeated ids count once. */
export function agencyLetters(agencyIds: readonly string[]): Map<string, string> {
  const letters = new Map<string, string>();
  for (const id of [...new Set(agencyIds)].sort(byId)) letters.set(id, letterLabel(letters.size));
  return letters;
}
