/** Snippet syntax for clients that cannot expand snippets. */

const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

/**
 * A snippet as the plain text it would expand to without editing: each choice `${1|a,b|}` becomes
 * its first value, each placeholder `${1:x}` its default, tab stops `$0` vanish, escapes are undone.
 */
export function plainText(snippet: string): string {
  return snippet.replace(
    /\$\{\d+\|((?:\\.|[^,|\\])*)(?:,(?:\\.|[^,|\\])*)*\|\}|\$\{\d+:((?:\\.|[^}\\])*)\}|\$\d+|\\([$}\\,|])/g,
    (_all, choice?: string, placeholder?: string, escaped?: string) => escaped ?? unescape(choice ?? placeholder ?? ''),
  );
}
