import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { initialLocale, loadCatalog } from '@/i18n/catalogs';
import '@/app/styles.css';

const root = document.getElementById('root');
// The interface texts of the person's language come first, so the first screen is whole.
void loadCatalog(initialLocale()).then(() => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
