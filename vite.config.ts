/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { shippedQuestionnaires } from './scripts/vite-plugin-questionnaires';
import { stepSnapshotLoader } from './scripts/vite-plugin-step-snapshot';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as { version: string };

export default defineConfig({
  // Written into exchange files and backups, so a file says which release made it.
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    react(),
    shippedQuestionnaires(),
    // A reopened draft shows its last step at once, while the app starts.
    stepSnapshotLoader(),
    // Offline after the first visit: every built file is precached. A new version waits
    // (registerType 'prompt') until the person agrees, so an update never cuts into a draft.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'E-governance readiness self-assessment',
        short_name: 'eGov readiness',
        description: 'Self-assessment of e-governance readiness for state bodies; works offline.',
        lang: 'ky',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f8a',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    // Screen tests render whole pages over IndexedDB; a busy two-core machine needs the room.
    testTimeout: 15_000,
  },
});
