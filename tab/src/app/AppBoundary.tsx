import { Component, type ReactNode } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';

export interface AppBoundaryProps {
  children: ReactNode;
}

/**
 * The last line between a rendering fault and a white screen: whatever throws while the tab renders, people get a
 * message and a way on. "Try again" renders the tab afresh (most faults come from one bad answer or state);
 * "Reload" starts the whole page over.
 */
export class AppBoundary extends Component<AppBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('The tab failed to render', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main style={{ padding: '24px', maxWidth: '640px', margin: '0 auto' }}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>IdeaBar ran into a problem.</MessageBarTitle>
            Your ideas and votes are safe. Try again, and if this keeps happening, reload the tab.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => this.setState({ failed: false })}>
              Try again
            </Button>
            <Button onClick={() => window.location.reload()}>Reload</Button>
          </MessageBarActions>
        </MessageBar>
      </main>
    );
  }
}
