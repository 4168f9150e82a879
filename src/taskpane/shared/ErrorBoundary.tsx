/** Catches a rendering error anywhere below and shows what to do instead of a blank pane or a stack trace. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Strings } from '../i18n/strings';

export interface ErrorBoundaryProps {
  strings: Strings;
  children: ReactNode;
  /** How to start over; the page reloads by default. */
  onReset?: () => void;
}

interface ErrorBoundaryState {
  failed: boolean;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('task pane render error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const s = this.props.strings;
    // Plain markup on purpose: the Fluent tree itself may be what failed.
    return (
      <div role="alert" style={{ padding: 16, fontFamily: 'system-ui, sans-serif', lineHeight: 1.5 }}>
        <h1 style={{ fontSize: 16, margin: '0 0 8px' }}>{s.crashTitle}</h1>
        <p style={{ margin: '0 0 12px' }}>{s.crashBody}</p>
        <button
          type="button"
          onClick={() => {
            if (this.props.onReset) {
              this.setState({ failed: false });
              this.props.onReset();
            } else {
              window.location.reload();
            }
          }}
        >
          {s.reload}
        </button>
      </div>
    );
  }
}
