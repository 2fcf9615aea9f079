import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";

export interface RenderErrorBoundaryProps {
  readonly title: string;
  /** German advice shown instead of the broken step. */
  readonly message: string;
  readonly children: ReactNode;
}

/**
 * Catches errors thrown while rendering a step, so a bug shows the German advice instead of a blank
 * pane. The error stays visible in the console through React's own reporting; nothing is swallowed.
 */
export class RenderErrorBoundary extends Component<RenderErrorBoundaryProps, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{this.props.title}</MessageBarTitle>
          {this.props.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
}
