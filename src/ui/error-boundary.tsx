import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * Catches a render error below it and shows `fallback` instead of a blank page.
 *
 * Give it a `key` that changes with the route so moving on clears the error.
 */
export class ErrorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // No personal data in logs: the error's name and component stack only.
    console.error(
      'Samspil render error',
      error instanceof Error ? error.name : 'unknown',
      info.componentStack,
    );
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
