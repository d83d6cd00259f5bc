import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { inlineStepSnapshotLoader } from '../../../scripts/vite-plugin-step-snapshot';
import {
  captureStepMarkup,
  dropStaleStepSnapshot,
  saveStepSnapshot,
  shownStepSnapshot,
  SNAPSHOT_KEY,
} from './step-snapshot';

const LOADER = readFileSync(resolve(import.meta.dirname, 'step-snapshot-loader.js'), 'utf8');
const STEP = '/assessments/a1/step/3';

/** Runs the loader as the page does, before any app code. */
const runLoader = () => new Function(LOADER)();

/** A wizard step as the app draws it: a header, the step heading and three questions. */
function drawStep(root: HTMLElement) {
  root.innerHTML = `
    <header><progress value="4" max="52"></progress><span style="width: 8%">bar</span></header>
    <div role="status" data-not-in-snapshot>Ready to work offline</div>
    <form>
      <h1 elementtiming="step-3">ICT infrastructure</h1>
      <div role="group" aria-busy="false">
        <section class="item"><h2 elementtiming="first-question">3.1 Computers</h2>
          <input type="text" id="pct" />
          <input type="checkbox" id="na" />
          <textarea id="note"></textarea>
        </section>
        <section class="item"><h2>3.2 Network</h2>
          <input type="radio" name="net" value="1" id="net1" />
          <input type="radio" name="net" value="2" id="net2" />
        </section>
        <section class="item"><h2>3.3 Hosting</h2></section>
      </div>
    </form>`;
  const input = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;
  input('pct').value = '64';
  input('na').checked = true;
  root.querySelector<HTMLTextAreaElement>('#note')!.value = 'From the <asset> register';
  return root.querySelector('[role=group]')!;
}

function saveFrom(root: HTMLElement, revision = 7) {
  saveStepSnapshot({
    assessmentId: 'a1',
    path: STEP,
    revision,
    lang: 'ru',
    html: captureStepMarkup(root, root.querySelector('[role=group]')!, 1),
  });
}

beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '<div id="root"></div>';
  document.documentElement.lang = 'en';
  window.history.replaceState(null, '', STEP);
});

describe('captureStepMarkup', () => {
  it('keeps what the first frame draws, with the answers on screen written into the markup', () => {
    const root = document.getElementById('root')!;
    const items = drawStep(root);
    const copy = document.createElement('div');
    copy.innerHTML = captureStepMarkup(root, items, 1);

    expect(copy.querySelectorAll('section.item')).toHaveLength(1);
    expect(copy.querySelector('[role=status]')).toBeNull();
    expect(copy.querySelector('[role=group]')).toHaveAttribute('aria-busy', 'true');
    expect(copy.querySelector('#pct')).toHaveAttribute('value', '64');
    expect(copy.querySelector('#na')).toHaveAttribute('checked');
    expect(copy.querySelector('#note')?.textContent).toBe('From the <asset> register');
    expect(copy.querySelector('h1')).toHaveAttribute('elementtiming', 'step-3-saved');
    expect(copy.querySelector('h2')).toHaveAttribute('elementtiming', 'first-question-saved');
    expect(copy.querySelector('[style]')).toBeNull();
    expect(copy.querySelector('[data-snapshot-style]')).toHaveAttribute(
      'data-snapshot-style',
      'width: 8%',
    );
    // The live page is untouched.
    expect(root.querySelectorAll('section.item')).toHaveLength(3);
    expect(root.querySelector('h1')).toHaveAttribute('elementtiming', 'step-3');
  });

  it('writes a radio choice into the markup', () => {
    const root = document.getElementById('root')!;
    const items = drawStep(root);
    root.querySelector<HTMLInputElement>('#net2')!.checked = true;
    const copy = document.createElement('div');
    copy.innerHTML = captureStepMarkup(root, items, 2);
    expect(copy.querySelectorAll('section.item')).toHaveLength(2);
    expect(copy.querySelector('#net2')).toHaveAttribute('checked');
    expect(copy.querySelector('#net1')).not.toHaveAttribute('checked');
  });
});

describe('the loader', () => {
  it('puts up the picture of the step at its address, inert, in its language', () => {
    const root = document.getElementById('root')!;
    drawStep(root);
    saveFrom(root);
    root.innerHTML = '';

    runLoader();

    const picture = root.querySelector('[data-step-snapshot]')!;
    expect(picture).toHaveAttribute('inert');
    expect(picture).toHaveAttribute('aria-busy', 'true');
    expect(picture.querySelector('h2')).toHaveTextContent('3.1 Computers');
    expect(picture.querySelector('#pct')).toHaveValue('64');
    expect(picture.querySelector('#na')).toBeChecked();
    expect(picture.querySelector<HTMLElement>('header span')!.style.width).toBe('8%');
    expect(document.documentElement.lang).toBe('ru');
    expect(shownStepSnapshot()).toEqual({ path: STEP, revision: 7 });
  });

  it("puts it up at the assessment's own address, which resumes at the step", () => {
    const root = document.getElementById('root')!;
    drawStep(root);
    saveFrom(root);
    root.innerHTML = '';
    window.history.replaceState(null, '', '/assessments/a1');
    runLoader();
    expect(shownStepSnapshot()).toEqual({ path: STEP, revision: 7 });
  });

  it.each([
    ['another step', () => window.history.replaceState(null, '', '/assessments/a1/step/4')],
    [
      "the assessment's review",
      () => window.history.replaceState(null, '', '/assessments/a1/review'),
    ],
    ['the home page', () => window.history.replaceState(null, '', '/')],
    ['another assessment', () => window.history.replaceState(null, '', '/assessments/a2')],
    ['a linked question', () => window.history.replaceState(null, '', `${STEP}#item-x`)],
    ['another chosen language', () => localStorage.setItem('egov.locale', 'ky')],
    ['an unreadable picture', () => localStorage.setItem(SNAPSHOT_KEY, '{"format":1,')],
    ['a picture of another format', () => localStorage.setItem(SNAPSHOT_KEY, '{"format":2}')],
  ])('shows nothing for %s', (_, change) => {
    const root = document.getElementById('root')!;
    drawStep(root);
    saveFrom(root);
    root.innerHTML = '';
    change();
    expect(runLoader).not.toThrow();
    expect(root.childElementCount).toBe(0);
  });
});

describe('dropStaleStepSnapshot', () => {
  function putUp() {
    const root = document.getElementById('root')!;
    drawStep(root);
    saveFrom(root, 7);
    root.innerHTML = '';
    runLoader();
    expect(shownStepSnapshot()).toBeDefined();
  }

  it('keeps the picture while it shows the stored draft at its step', () => {
    putUp();
    dropStaleStepSnapshot({ path: STEP, revision: 7, submitted: false });
    expect(shownStepSnapshot()).toBeDefined();
    expect(localStorage.getItem(SNAPSHOT_KEY)).not.toBeNull();
  });

  it.each([
    ['the draft moved on', { path: STEP, revision: 8, submitted: false }],
    [
      'the draft resumes at another step',
      { path: '/assessments/a1/step/4', revision: 7, submitted: false },
    ],
    ['the assessment was submitted', { path: STEP, revision: 7, submitted: true }],
    ['the assessment is gone', null],
  ])('takes it off the page and out of storage when %s', (_, current) => {
    putUp();
    dropStaleStepSnapshot(current);
    expect(shownStepSnapshot()).toBeUndefined();
    expect(document.getElementById('root')!.childElementCount).toBe(0);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
  });
});

describe('inlineStepSnapshotLoader', () => {
  const page = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" />
<div id="root"></div>
<!-- step-snapshot-loader -->`;

  it('writes the loader in and allows exactly it by its hash', () => {
    const html = inlineStepSnapshotLoader(page, 'console.log("$&")');
    const hash = createHash('sha256').update('console.log("$&")').digest('base64');
    expect(html).toContain('<script>console.log("$&")</script>');
    expect(html).toContain(`script-src 'self' 'sha256-${hash}'; style-src 'self'`);
  });

  it('stops the build when index.html has no place for it', () => {
    expect(() => inlineStepSnapshotLoader('<div id="root"></div>', 'x')).toThrow(
      /step-snapshot-loader/,
    );
  });
});
