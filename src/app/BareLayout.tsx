import { Suspense, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { Loading } from '@/components/PageStates';
import { ScreenErrorBoundary } from './RouteError';

/** Screens that fill the window on their own (the presentation): no header, no footer. */
export function BareLayout({ children }: { children: ReactNode }) {
  const [pathname] = useLocation();
  return (
    <ScreenErrorBoundary resetKey={pathname}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ScreenErrorBoundary>
  );
}
