import { Subtitle2, Title3 } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface TitledSectionProps {
  /** id of the heading, which names the section. */
  readonly id: string;
  readonly title: string;
  /** 2: a step's title; 3: a part of a step. */
  readonly level: 2 | 3;
  readonly className: string;
  readonly children: ReactNode;
}

/** A region named by its own heading: a step of the pane or a part of one. */
export function TitledSection({ id, title, level, className, children }: TitledSectionProps) {
  return (
    <section className={className} aria-labelledby={id}>
      {level === 2 ? (
        <Title3 as="h2" id={id}>
          {title}
        </Title3>
      ) : (
        <Subtitle2 as="h3" id={id}>
          {title}
        </Subtitle2>
      )}
      {children}
    </section>
  );
}
