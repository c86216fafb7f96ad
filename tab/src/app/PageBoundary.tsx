import { Component, type ContextType, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { TranslatorContext } from './translation';

export interface PageBoundaryProps {
  children: ReactNode;
  /** Told once what went wrong, in the words people see. */
  onFailure(problem: string): void;
  className?: string;
}

/**
 * Catches a page that fails to render, most often because its code could not be fetched (a lazy page over a
 * dropped connection), so the header and the other pages stay usable.
 */
export class PageBoundary extends Component<PageBoundaryProps, { failed: boolean }> {
  static override contextType = TranslatorContext;
  declare context: ContextType<typeof TranslatorContext>;
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('A page of the tab failed to render', error);
    this.props.onFailure(this.context.t('page.failed'));
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { t } = this.context;
    return (
      <MessageBar intent="error" className={this.props.className}>
        <MessageBarBody>{t('page.failed')}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>{t('app.failed.reload')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
