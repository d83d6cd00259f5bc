import type { Locator } from 'playwright-core';
import { reportEn } from '@/i18n/report.en';
import { AppPage } from './AppPage';

/** `/assessments/<id>/report` and `/rounds/<id>/report`: a report laid out for A4 paper. */
export class ReportPage extends AppPage {
  async gotoAgency(baseURL: string, assessmentId: string, agency: string): Promise<void> {
    await this.page.goto(`${baseURL}/assessments/${assessmentId}/report`);
    await this.waitForAgencyReport(agency);
  }

  async waitForAgencyReport(agency: string): Promise<void> {
    await this.waitForHeading(reportEn['report.agencyTitle'].replace('{agency}', agency));
  }

  async gotoRound(baseURL: string, roundId: string, round: string): Promise<void> {
    await this.page.goto(`${baseURL}/rounds/${roundId}/report`);
    await this.waitForHeading(reportEn['report.roundTitle'].replace('{round}', round));
  }

  get printButton(): Locator {
    return this.page.getByRole('button', { name: reportEn['report.print'], exact: true });
  }

  /**
   * Prints the page as Chromium's "Save as PDF" does: print media, A4, the page's own @page
   * margins. The screen media is restored afterwards.
   */
  async printToPdf(): Promise<Buffer> {
    await this.page.emulateMedia({ media: 'print' });
    try {
      return await this.page.pdf({ format: 'A4', preferCSSPageSize: true });
    } finally {
      await this.page.emulateMedia({ media: 'screen' });
    }
  }
}
