import type { HTMLAttributes, ReactNode } from 'react';

interface Props extends Omit<HTMLAttributes<HTMLElement>, 'id' | 'title'> {
  /** The heading's id is this plus "-title": the section is named by it (aria-labelledby). */
  id: string;
  title: ReactNode;
  level?: 2 | 3;
  headingClassName?: string;
  testId?: string;
}

/** A section named by its own heading, for screen readers and for tests (by role and name). */
export function TitledSection({
  id,
  title,
  level = 2,
  headingClassName,
  testId,
  children,
  ...section
}: Props) {
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <section {...section} aria-labelledby={`${id}-title`} data-testid={testId}>
      <Heading id={`${id}-title`} className={headingClassName}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
