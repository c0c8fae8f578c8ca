/** A titled, collapsible card of the panel. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export function Section(props: { id: string; title: string; badge?: ComponentChildren; children: ComponentChildren; defaultOpen?: boolean }) {
  const [open, setOpen] = useState(props.defaultOpen ?? true);
  return (
    <section class="sec" data-testid={`section-${props.id}`} aria-labelledby={`h-${props.id}`}>
      <h2 id={`h-${props.id}`}>
        <button type="button" class="sec-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          <span class="chev" aria-hidden="true">{open ? '▾' : '▸'}</span>
          {props.title}
        </button>
        {props.badge}
      </h2>
      {open && <div class="sec-body">{props.children}</div>}
    </section>
  );
}

/** The empty state of a section: one calm sentence. */
export function Empty(props: { children: ComponentChildren; testid?: string }) {
  return <p class="empty" data-testid={props.testid}>{props.children}</p>;
}
