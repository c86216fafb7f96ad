import { Component, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';

export interface PageBoundaryProps {
  children: ReactNode;
  /** Told once what went wrong, in the words people see. */
  onFailure(problem: string): void;
  className?: string;
}

const PROBLEM =
  "Couldn't open this page: part of IdeaBar didn't load. Check your connection and reload the tab.";

/**
 * Catches a page that fails to render, most often because its code could not be fetched (a lazy page over a
 * dropped connection), so the header and the other pages stay usable.
 */
export class PageBoundary extends Component<PageBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('A page of the tab failed to render', error);
    this.props.onFailure(PROBLEM);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" className={this.props.className}>
        <MessageBarBody>{PROBLEM}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>Reload</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
