// Element Timing marks key text (the first question, step headings) so benchmarks can read
// when it was painted; React does not know the attribute yet.
import 'react';

declare module 'react' {
  // The type parameter must match React's declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string | undefined;
  }
}
