/**
 * A filled script as the agent reads it: values from the page marked, fallbacks dimmed, and each
 * missing variable as an inline field to type its value (or, read-only, a visible marker).
 * Everything is rendered as text, never as HTML.
 */
import type { Rendered } from '../../lib/replies/template';
import { pick, type Lang } from '../../lib/i18n';
import { varLabel } from './useScripts';

export function FilledText(props: {
  rendered: Rendered;
  lang: Lang;
  /** Values the agent typed for missing variables; with onFill the fields are editable. */
  custom?: Record<string, string>;
  onFill?: (name: string, value: string) => void;
  /** Prefix for test ids of the inline fields. */
  testid?: string;
}) {
  const { rendered, lang, custom = {}, onFill } = props;
  const seen = new Set<string>();
  return (
    <p class="filled" data-user-text data-testid={props.testid ? `${props.testid}-text` : undefined}>
      {rendered.parts.map((p, i) => {
        if (p.kind === 'text') return <span key={i}>{p.text}</span>;
        const label = varLabel(p.name, lang);
        if (p.value !== undefined) return <mark key={i} class="var ok" title={label}>{p.value}</mark>;
        if (p.filled) return <span key={i} class="var fb" title={pick(lang, { zh: `${label}：页面上没有，用默认说法`, en: `${label}: not on the page, default wording` })}>{p.fallback}</span>;
        const first = !seen.has(p.name);
        seen.add(p.name);
        if (!onFill) return <mark key={i} class="var miss" title={pick(lang, { zh: '需要填写', en: 'needs a value' })}>{`{${label}}`}</mark>;
        return (
          <input
            key={i}
            type="text"
            class={`var-in${custom[p.name] ? ' done' : ''}`}
            data-var={p.name}
            data-testid={props.testid && first ? `${props.testid}-var-${p.name}` : undefined}
            aria-label={pick(lang, { zh: `填写${label}`, en: `Fill in ${label}` })}
            placeholder={label}
            value={custom[p.name] ?? ''}
            size={Math.max(4, Math.min(24, (custom[p.name] ?? label).length + 2))}
            onInput={(e) => onFill(p.name, (e.target as HTMLInputElement).value)}
          />
        );
      })}
    </p>
  );
}
