/**
 * Language completeness: every UI string and every text of every shipped questionnaire in
 * every language the app ships. Prints coverage per language; exits 1 on anything missing.
 * `npm run check:i18n` runs it, and `npm test` runs it through check-i18n.test.ts.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { collectTexts, textCoverage } from '../src/domain/questionnaire/texts';
import { checkCatalog } from '../src/i18n/catalog-check';
import { allTexts, sourceTexts } from '../src/i18n/all-texts';
import { UI_LOCALES } from '../src/i18n/catalogs';
import { listQuestionnaireFiles } from './vite-plugin-questionnaires';

export function checkI18n(dir = `${import.meta.dirname}/../questionnaires`): {
  ok: boolean;
  lines: string[];
} {
  const lines: string[] = [];
  let ok = true;
  const keyCount = Object.keys(sourceTexts).length;
  lines.push(`UI strings (${keyCount} keys):`);
  for (const locale of UI_LOCALES) {
    const problems = checkCatalog(sourceTexts, allTexts[locale], locale);
    ok &&= problems.length === 0;
    const broken = new Set(problems.map((p) => p.key)).size;
    lines.push(
      `  ${locale}  ${percent(keyCount - broken, keyCount)}  ${keyCount - broken}/${keyCount}`,
    );
    for (const p of problems) lines.push(`      ${p.key}: ${p.problem}`);
  }
  for (const file of listQuestionnaireFiles(dir)) {
    const texts = collectTexts(JSON.parse(readFileSync(file, 'utf8')));
    lines.push(`${basename(file)} (${texts.length} texts):`);
    for (const coverage of textCoverage(texts).filter((c) => isShipped(c.locale))) {
      ok &&= coverage.missing.length === 0;
      lines.push(
        `  ${coverage.locale}  ${percent(coverage.present, coverage.total)}  ${coverage.present}/${coverage.total}`,
      );
      for (const place of coverage.missing.slice(0, 20)) lines.push(`      missing: ${place}`);
      if (coverage.missing.length > 20)
        lines.push(`      … and ${coverage.missing.length - 20} more`);
    }
  }
  return { ok, lines };
}

function isShipped(locale: string): boolean {
  return (UI_LOCALES as readonly string[]).includes(locale);
}

function percent(part: number, whole: number): string {
  return `${whole === 0 ? '100.0' : ((100 * part) / whole).toFixed(1)} %`.padStart(7);
}

if (!process.env.VITEST) {
  const { ok, lines } = checkI18n();
  console.log(lines.join('\n'));
  console.log(
    ok ? 'Every text is present in every language.' : 'Some texts are missing (listed above).',
  );
  process.exitCode = ok ? 0 : 1;
}
