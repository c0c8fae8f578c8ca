/**
 * A view loaded when first shown (its own chunk), with what to show until it is. preact/compat's
 * lazy + Suspense did this, and they were all the panel used of compat: 3.4 kB gzip in its first chunk.
 */
import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyView<P> {
  load: () => Promise<FunctionComponent<P>>;
  /** Set once loaded: later renders show it at once. */
  loaded?: FunctionComponent<P>;
}

export const lazyView = <P,>(load: () => Promise<FunctionComponent<P>>): LazyView<P> => ({ load });

/** Renders `view` with `props` once its chunk is loaded, `fallback` until then. (Give it a key per view.) */
export function Lazy<P>(props: { view: LazyView<P>; props: P; fallback: ComponentChildren }) {
  const { view } = props;
  const [Comp, setComp] = useState<FunctionComponent<P> | undefined>(() => view.loaded);
  useEffect(() => {
    if (Comp) return;
    let live = true;
    void view.load().then((c) => {
      view.loaded = c;
      if (live) setComp(() => c);
    });
    return () => {
      live = false;
    };
  }, [view]);
  return Comp ? <Comp {...(props.props as P & object)} /> : <>{props.fallback}</>;
}
