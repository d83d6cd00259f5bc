/**
 * Reads the text of a PDF the browser printed (Playwright's `page.pdf()`), page by page, with
 * each piece's position, so a test can check what was printed and where. pdf.js's legacy
 * build runs on Node 20 without a canvas or a worker thread (text needs neither).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  str: string;
  /** From the page's bottom-left corner, in points. */
  x: number;
  y: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  /** In the order the page paints them. */
  items: PdfText[];
  /** Every piece joined with spaces. */
  text: string;
}

/** Text pieces may be split anywhere (per glyph run), so matches ignore all white space. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

export function pageHas(page: PdfPage, expected: string): boolean {
  return squash(page.text).includes(squash(expected));
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.flatMap((item): PdfText[] =>
        'str' in item && item.str.trim() !== ''
          ? [{ str: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0 }]
          : [],
      );
      pages.push({ number, width, height, items, text: items.map((i) => i.str).join(' ') });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** The first page whose text holds `expected`, or undefined. */
export function findPage(pages: readonly PdfPage[], expected: string): PdfPage | undefined {
  return pages.find((p) => pageHas(p, expected));
}

/** The index of the piece where `expected` starts (pieces joined without white space), or -1. */
export function indexOfText(items: readonly PdfText[], expected: string, fromIndex = 0): number {
  const target = squash(expected);
  for (let i = fromIndex; i < items.length; i++) {
    let joined = '';
    for (let j = i; j < items.length && joined.length < target.length; j++) {
      joined += squash(items[j]?.str ?? '');
    }
    if (joined.startsWith(target)) return i;
  }
  return -1;
}

/**
 * The pieces of one page from where `from` starts to the end of the page, or to where `to`
 * starts when it comes later on the page; empty when `from` is not on the page.
 */
export function piecesBetween(page: PdfPage, from: string, to?: string): PdfText[] {
  const start = indexOfText(page.items, from);
  if (start < 0) return [];
  const end = to === undefined ? -1 : indexOfText(page.items, to, start + 1);
  return page.items.slice(start, end < 0 ? undefined : end);
}

/** The pieces of one page before where `text` starts; the whole page when it is not there. */
export function piecesBefore(page: PdfPage, text: string): PdfText[] {
  const end = indexOfText(page.items, text);
  return page.items.slice(0, end < 0 ? undefined : end);
}

/** The text on the last line of a page (the pieces painted lowest, within 2 pt). */
function lastLine(page: PdfPage): string {
  const bottom = Math.min(...page.items.map((i) => i.y));
  return page.items
    .filter((i) => i.y <= bottom + 2)
    .map((i) => i.str)
    .join(' ');
}

/** Every page whose last line is one of `headings` (a heading left apart from its content). */
export function strandedHeadings(pages: readonly PdfPage[], headings: readonly string[]): string[] {
  const wanted = new Set(headings.map(squash));
  return pages.flatMap((p) =>
    wanted.has(squash(lastLine(p))) ? [`page ${p.number}: ${lastLine(p)}`] : [],
  );
}
