import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's frame: one `h1` that receives focus when the screen opens, so keyboard and
 * screen-reader users land at the top of the new content after navigation.
 */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    document.title = `${title} – Samspil`;
  }, [title]);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="page-title">
        {title}
      </h1>
      {children}
    </>
  );
}
