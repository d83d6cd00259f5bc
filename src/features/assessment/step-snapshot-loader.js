/*
 * Runs before any of the app's code, while the page is still being read: when the address is
 * the wizard step this device showed last (or the assessment's own address, which resumes
 * there), it puts up the picture of that step kept by `src/features/assessment/step-snapshot.ts`,
 * so that a reopened draft shows its question at once. The picture is inert: nothing in it
 * can be clicked, focused or read out. The app drops it if the draft has moved on, and
 * replaces it with the live step as soon as that is drawn.
 *
 * A plain script, written inline into index.html by `scripts/vite-plugin-step-snapshot.ts`:
 * it must run before the app's modules have even arrived.
 */
(function () {
  'use strict';
  try {
    // Only an assessment's own address or one of its steps, and no linked question.
    if (!/^\/assessments\/[^/]+(\/step\/\d+)?\/?$/.test(location.pathname)) return;
    if (location.hash) return;
    var raw = localStorage.getItem('egov.stepSnapshot');
    if (!raw) return;
    var shot = JSON.parse(raw);
    if (!shot || shot.format !== 1 || typeof shot.html !== 'string') return;
    var path = location.pathname.replace(/\/+$/, '');
    if (path !== shot.path && path !== '/assessments/' + shot.assessmentId) return;
    // The same language as the app will choose, from the same choice.
    if (localStorage.getItem('egov.locale') !== shot.localeChoice) return;
    if (navigator.languages.join(',') !== shot.languages) return;
    var root = document.getElementById('root');
    if (!root || root.firstChild) return;

    var picture = document.createElement('div');
    picture.setAttribute('data-step-snapshot', shot.path);
    picture.setAttribute('data-revision', String(shot.revision));
    picture.setAttribute('inert', '');
    picture.setAttribute('aria-busy', 'true');
    picture.style.display = 'contents';
    picture.innerHTML = shot.html;
    var styled = picture.querySelectorAll('[data-snapshot-style]');
    for (var i = 0; i < styled.length; i++) {
      styled[i].style.cssText = styled[i].getAttribute('data-snapshot-style');
      styled[i].removeAttribute('data-snapshot-style');
    }
    document.documentElement.lang = shot.lang;
    root.appendChild(picture);
  } catch {
    // No picture: the app starts as it always does.
  }
})();
