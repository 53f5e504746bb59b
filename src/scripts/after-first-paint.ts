/**
 * Adds the module script at `src` once the page has painted (the frame after the first), so its
 * download does not compete with what the visitor reads first.
 */
export function loadAfterFirstPaint(src: string | null | undefined): void {
  if (!src) return;
  requestAnimationFrame(() => setTimeout(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    document.body.append(script);
  }));
}
