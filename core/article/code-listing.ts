// Whether preformatted text is code (a module's source, a listing in a tutorial, a gist) rather than a story set in
// <pre> (an old plain-text press release, an RFC, a transcript): code is not article prose. Text only, no DOM.

/** Only the first this many characters are read: enough lines to judge, and the cost stays bounded on huge <pre>s. */
const SAMPLE_CHARS = 20_000;
/** Share of a text's non-blank lines that must read as code for the text to be code. */
const CODE_LINE_SHARE = 0.35;

/**
 * A line that opens as code does: a definition or statement keyword no English sentence starts with (`def`,
 * `import`, `return`, `const`…), a prompt (`>>>`, `$ `), a comment mark (`#`, `//`, `/*`), a decorator, a closing
 * bracket, or a tag.
 */
const CODE_START =
  /^\s*(?:(?:def|import|return|elif|except|raise|yield|const|let|var|function|public|private|protected|static|void|func|fn|async|await|package)\b|#|>>>|\$ |\/\/|\/\*|@\w|[}\])]|<\/?[a-zA-Z])/;
/**
 * A line that opens with a word English shares with code (`if`, `for`, `with`, `from`…) counts only when it ends as a
 * block header does (`:` or `{`) or imports: "for a document, or" in an RFC's prose is not code.
 */
const CODE_FLOW = /^\s*(?:if|else|for|while|try|with|class|from)\b.*(?:[:{]\s*$|\simport\s)/;
/** Operators and calls: ` = `, `==`, `=>`, `->`, `&&`, `::`, a name followed by `(`, a line ending in `;` or `{`. */
const CODE_OPERATOR = /\s=\s|[=!]=|=>|->|[+-]=|:=|&&|\|\||::|\w\(|[;{]\s*$/;

function isCodeLine(line: string): boolean {
  return CODE_START.test(line) || CODE_FLOW.test(line) || CODE_OPERATOR.test(line);
}

/**
 * Whether preformatted `text` is code: at least 35% of its non-blank lines (of the first 20,000 characters) read as
 * code. On the dev pages, no story set in <pre> comes near: an RFC draft in twenty <pre>s has 23% at most (its parts of
 * JSON and HTTP examples), plain-text press releases and a results table 0 to 2%. Of the documentation
 * sites' <pre>s that read as prose, 91% are code by this measure, and so are 110 of the 113 Sphinx module sources (the
 * three left are nearly all docstrings: 24% to 31%).
 */
export function isCodeText(text: string): boolean {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let lines = 0;
  let code = 0;
  for (const line of sample.split(/\r\n?|\n/)) {
    if (!line.trim()) continue;
    lines++;
    if (isCodeLine(line)) code++;
  }
  return lines > 0 && code >= CODE_LINE_SHARE * lines;
}
