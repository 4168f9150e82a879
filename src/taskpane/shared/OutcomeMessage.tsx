/**
 * The one-line outcome of an action in a panel (saved, built, failed …): a multiline Fluent
 * MessageBar with a body only. Panels that need a title or actions use MessageBar directly.
 */
import { MessageBar, MessageBarBody, type MessageBarIntent } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface OutcomeMessageProps {
  intent: MessageBarIntent;
  children: ReactNode;
}

export function OutcomeMessage({ intent, children }: OutcomeMessageProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
