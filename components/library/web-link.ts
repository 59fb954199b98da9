// The library's one rule for links it renders from stored records: only http(s) becomes a link (a `javascript:` or
// other URL, from an import or a hand-edited record, stays plain text).

/** Whether `url` may be rendered as a link. */
export const isWebLink = (url: string): boolean => /^https?:\/\//i.test(url);

/** `url` as an href when it may be a link, else undefined (Preact then renders no href). */
export const safeHref = (url: string): string | undefined => (isWebLink(url) ? url : undefined);
