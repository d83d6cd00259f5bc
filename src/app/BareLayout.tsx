import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Loading } from '@/components/PageStates';
import { ScreenErrorBoundary } from './RouteError';

/** Screens that fill the window on their own (the presentation): no header, no footer. */
export function BareLayout() {
  const { pathname } = useLocation();
  return (
    <ScreenErrorBoundary resetKey={pathname}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </ScreenErrorBoundary>
  );
}
