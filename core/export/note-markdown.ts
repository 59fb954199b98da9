// The reader's note in a Markdown export: their inline Markdown (bold, links, `code`, #tags) kept as written, but
// nothing that opens a block or loads something, since a note can come from an imported file as well as the reader.

/** A list marker ("-", "*", "+", "1.", "2)") and the space after it: a list item keeps its bullet. */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
/** A thematic break ("---", "* * *", "___") or a setext underline ("===", "--", "-"): a rule or a heading. */
const RULE = /^(?:([-*_])[ \t]*(?:\1[ \t]*){2,}|=+[ \t]*|-+[ \t]*)$/;
/** What opens a block where a line's text starts: a heading, a block quote (and callout), a code fence. */
const BLOCK_OPENER = /^(?:#{1,6}(?:[ \t]|$)|>|```|~~~)/;
/** An unescaped character (one after an even run of backslashes, so "\\<img" is escaped too). */
const unescaped = (pattern: string) => new RegExp(`(?<!\\\\)((?:\\\\\\\\)*)${pattern}`, 'g');
/** Raw HTML ("<img", "</div", "<!--", "<?"), but not an http(s) autolink ("<https://example.org>"). */
const RAW_HTML = unescaped('<(?!https?://[^\\s<>]*>)(?=[A-Za-z/!?])');
/** An image ("![x](https://…)" loads it as the note is shown); an Obsidian embed of the vault's own "![[note]]" stays. */
const IMAGE = unescaped('!(?=\\[(?!\\[))');
/** An inline code span a Dataview query would run as JavaScript ("`$= dv.el(…)`"). */
const DATAVIEW_JS = unescaped('(`+)(?=[ \\t]*\\$=)');

function inlineSafe(line: string): string {
  return line
    .replace(RAW_HTML, '$1\\<')
    .replace(IMAGE, '$1\\!')
    .replace(DATAVIEW_JS, (_m, pairs: string, ticks: string) => `${pairs}${ticks.replace(/`/g, '\\`')}`)
    .replace(/%(?=%)/g, '%\\'); // an Obsidian comment would hide the rest of the file, other articles included
}

/** One line with its block opener, if any, escaped (behind its indentation and list markers). */
function blockSafe(line: string): string {
  const indent = /^[ \t]*/.exec(line)![0].length;
  let at = indent;
  for (;;) {
    if (RULE.test(line.slice(at))) return `${line.slice(0, at)}\\${line.slice(at)}`;
    const marker = LIST_MARKER.exec(line.slice(at));
    if (!marker) break;
    at += marker[0].length;
  }
  return BLOCK_OPENER.test(line.slice(at)) ? `${line.slice(0, at)}\\${line.slice(at)}` : line;
}

/**
 * The reader's note as Markdown that cannot change the export's structure: a line that would open a heading, a rule
 * (or turn the line above into a setext heading), a block quote or callout, or a code fence (a `dataviewjs` block
 * runs code in Obsidian) has that character backslash-escaped, wherever its indentation or list markers put it; raw
 * HTML tags, remote images, Dataview JavaScript spans and Obsidian `%%` comments are escaped on every line. Lists,
 * emphasis, links, inline code, wiki links and #tags are kept as written. Line breaks become "\n". Pure.
 */
export function noteMarkdown(note: string): string {
  return note
    .split(/\r\n|\r|\n/)
    .map((line) => blockSafe(inlineSafe(line)))
    .join('\n');
}
