interface PreviewBannerProps {
  /** Extra sentence after the notice, e.g. who the link is for. */
  detail: string;
  children?: React.ReactNode;
}

/** The unmistakable "not published" notice shown above every preview. */
export function PreviewBanner({ detail, children }: PreviewBannerProps) {
  return (
    <div
      role="note"
      aria-label="Preview notice"
      data-testid="preview-banner"
      className="border-y-4 border-amber-500 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3">
        <p>
          <strong className="font-semibold tracking-wide uppercase">Preview — not published.</strong> {detail}
        </p>
        {children}
      </div>
    </div>
  );
}
