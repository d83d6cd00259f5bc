import type { Locator, Page } from 'playwright-core';

/** `/exchange` and `/exchange/import`, in English. */
export class ExchangePages {
  constructor(readonly page: Page) {}

  async gotoExport(baseURL: string, assessmentId: string): Promise<void> {
    await this.page.goto(`${baseURL}/exchange?assessment=${assessmentId}`);
    await this.page.getByRole('heading', { level: 1, name: 'Export results' }).waitFor();
  }

  async gotoImport(baseURL: string): Promise<void> {
    await this.page.goto(`${baseURL}/exchange/import`);
    await this.page.getByRole('heading', { level: 1, name: 'Import results' }).waitFor();
  }

  /** Exports with the form as it is (plus a passphrase if given); returns the file's text. */
  async export(passphrase?: string): Promise<{ name: string; text: string }> {
    if (passphrase) {
      const box = this.page.getByLabel('Protect the file with a passphrase');
      if (!(await box.isChecked())) await box.check();
      await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
      await this.page.getByLabel('Passphrase again', { exact: true }).fill(passphrase);
    }
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export file', exact: true }).click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
    await this.page.getByText(/^The file .* was saved\.$/).waitFor();
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  async pick(files: { name: string; text: string }[]): Promise<void> {
    await this.page.getByLabel('Choose files', { exact: true }).setInputFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: 'application/json',
        buffer: Buffer.from(f.text, 'utf8'),
      })),
    );
  }

  card(name: string): Locator {
    return this.page.getByRole('listitem', { name, exact: true });
  }

  async unlock(name: string, passphrase: string): Promise<void> {
    const card = this.card(name);
    await card.getByLabel(`Passphrase for ${name}`).fill(passphrase);
    await card.getByRole('button', { name: 'Open the file' }).click();
  }

  get confirm(): Locator {
    return this.page.getByRole('button', { name: /^Import \d+ files?$/ });
  }
}

/** How many records a store holds, read with the raw IndexedDB API. */
export async function countRecords(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (store) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('egov-readiness');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction(store, 'readonly').objectStore(store).count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(new Error(String(count.error)));
        };
      }),
    store,
  );
}

/** Every record of a store, in key order, read with the raw IndexedDB API. */
export async function dumpStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (store) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('egov-readiness');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(store, 'readonly').objectStore(store).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as unknown[]);
          };
          all.onerror = () => reject(new Error(String(all.error)));
        };
      }),
    store,
  );
}
