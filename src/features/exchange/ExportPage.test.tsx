import { strFromU8, unzipSync } from 'fflate';
import { screen } from '@testing-library/react';
import { fixtureContent } from '@/domain/exchange/fixture';
import { planImport } from '@/domain/exchange/merge';
import { db } from '@/db/db';
import { applyImport, existingRecordsForPlan } from '@/db/exchange';
import { renderRoute } from '@/test/render';
import { exportFileName, validatePassphrase } from './export-form';

beforeEach(async () => {
  await db.delete();
  await db.open();
  const plan = planImport(await existingRecordsForPlan(), fixtureContent());
  await applyImport({ plan, fileName: 'seed.json' });
});

it('validates the passphrase: at least 8 characters, typed twice the same', () => {
  expect(validatePassphrase(false, '', '')).toEqual({});
  expect(validatePassphrase(true, 'short', 'short')).toEqual({
    passphrase: 'export.passphraseShort',
  });
  expect(validatePassphrase(true, 'long enough', 'long enougH')).toEqual({
    again: 'export.passphraseMismatch',
  });
  expect(validatePassphrase(true, 'long enough', 'long enough')).toEqual({});
});

it('makes safe file names', () => {
  expect(exportFileName(['MDD/<x>: Round 2025'], '2025-04-01T10:00:00Z')).toBe(
    'MDDx-Round-2025-2025-04-01.json',
  );
});

it('shows passphrase errors on the form and exports nothing until they are fixed', async () => {
  const { user } = renderRoute('/exchange');
  await user.click(await screen.findByLabelText('Protect the file with a passphrase'));
  await user.type(screen.getByLabelText('Passphrase'), 'short');
  await user.click(screen.getByRole('button', { name: 'Export file' }));
  expect(
    await screen.findByText('The passphrase must have at least 8 characters.'),
  ).toBeInTheDocument();
  expect(screen.getByLabelText('Passphrase')).toHaveAttribute('aria-invalid', 'true');
  await user.type(screen.getByLabelText('Passphrase'), ' and more');
  await user.type(screen.getByLabelText('Passphrase again'), 'different');
  await user.click(screen.getByRole('button', { name: 'Export file' }));
  expect(await screen.findByText('The two passphrases are not the same.')).toBeInTheDocument();
  expect(await db.settings.get('lastExportAt')).toBeUndefined();
});

it('downloads the round as an XLSX workbook with the codebook, its writer loaded on demand', async () => {
  const blobs: Blob[] = [];
  const created = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:test';
  });
  Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
  const { user } = renderRoute('/exchange');
  await user.click(await screen.findByLabelText('A whole round'));
  await user.click(
    await screen.findByRole('button', { name: 'Download the workbook (XLSX, Excel)' }),
  );
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const blob = await vi.waitFor(() => {
    const found = blobs.find((b) => b.type === type);
    if (!found) throw new Error('no workbook downloaded yet');
    return found;
  });
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
  expect(workbook).toContain('<sheet name="codebook"');
  expect(strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array())).toContain(
    'Айгүл Асанова',
  );
  expect(strFromU8(files['xl/worksheets/sheet3.xml'] ?? new Uint8Array())).toContain(
    'Question code (stable: a changed question gets a new code)',
  );
  await vi.waitFor(async () => expect(await db.settings.get('lastExportAt')).toBeDefined());
});
