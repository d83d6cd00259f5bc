import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { Link } from 'wouter';
import { useI18n } from '@/i18n/I18nProvider';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t('error.notFoundTitle')}</h1>
      <p>{t('error.notFoundBody')}</p>
      <p>
        <Link to="/">{t('error.home')}</Link>
      </p>
    </div>
  );
}

function CrashMessage() {
  const { t } = useI18n();
  return (
    <div className="page" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p>
        {/* A full reload: the broken screen's state is not carried along. */}
        <a href="/">{t('error.home')}</a>
      </p>
    </div>
  );
}

/**
 * Catches a screen that fails to render, so one broken screen never blanks the app; stored
 * answers are untouched because screens only read them. `resetKey` (the address) clears it.
 */
export class ScreenErrorBoundary extends Component<
  { children: ReactNode; resetKey: string },
  { failed: boolean; key: string }
> {
  override state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: { resetKey: string },
    state: { failed: boolean; key: string },
  ): { failed: boolean; key: string } | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Screen failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <CrashMessage /> : this.props.children;
  }
}
