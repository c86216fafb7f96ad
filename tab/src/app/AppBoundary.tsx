import { Component, type ContextType, type ReactNode } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { TranslatorContext } from './translation';

export interface AppBoundaryProps {
  children: ReactNode;
}

/**
 * The last line between a rendering fault and a white screen: whatever throws while the tab renders, people get a
 * message and a way on. "Try again" renders the tab afresh (most faults come from one bad answer or state);
 * "Reload" starts the whole page over.
 */
export class AppBoundary extends Component<AppBoundaryProps, { failed: boolean }> {
  static override contextType = TranslatorContext;
  declare context: ContextType<typeof TranslatorContext>;
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('The tab failed to render', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { t } = this.context;
    return (
      <main style={{ padding: '24px', maxWidth: '640px', margin: '0 auto' }}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('app.failed.title')}</MessageBarTitle>
            {t('app.failed.body')}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => this.setState({ failed: false })}>
              {t('app.failed.tryAgain')}
            </Button>
            <Button onClick={() => window.location.reload()}>{t('app.failed.reload')}</Button>
          </MessageBarActions>
        </MessageBar>
      </main>
    );
  }
}
