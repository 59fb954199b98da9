// Renders export templates with mustache (logic-less, no eval or new Function, so it runs in extension pages):
// {{name}} is escaped for Markdown, {{{name}}} is printed as is. A broken template throws TemplateError with its
// line and column; nothing is rendered from it, so an export is whole or not made at all.
import Mustache from 'mustache';
import { escapeMarkdown } from '../markdown';
import { TEMPLATE_FIELDS } from './view';

/** Longest template accepted, in characters: far above any real layout, small enough to keep parsing instant. */
export const MAX_TEMPLATE_CHARS = 50_000;

/** A template that cannot be used; `line` and `column` are 1-based positions in the template's text. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`Line ${line}, column ${column}: ${reason}`);
  }
}

/** A variable the template names that no article has: probably a typo. */
export interface TemplateWarning {
  name: string;
  line: number;
}

type Token = [string, string, number, number, Token[]?, number?];

/** 1-based line and column of a character offset. */
function positionOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, Math.max(0, Math.min(offset, source.length)));
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

/** Offset of the innermost section opened and never closed, found with a stack over the section tags. */
function unclosedSectionAt(source: string, name: string): number | null {
  const stack: { name: string; at: number }[] = [];
  for (const m of source.matchAll(/\{\{\s*([#^/])\s*([^}]*?)\s*\}\}/g)) {
    if (m[1] !== '/') stack.push({ name: m[2]!, at: m.index });
    else if (stack.at(-1)?.name === m[2]) stack.pop();
  }
  return stack.filter((s) => s.name === name).at(-1)?.at ?? null;
}

/**
 * mustache reports "… at <offset>", where an unclosed section or tag is reported at the end of the template;
 * this points at the tag that opened it instead, and says what is wrong in plain words.
 */
function toTemplateError(source: string, err: unknown): TemplateError {
  const message = err instanceof Error ? err.message : String(err);
  const at = /\bat (\d+)\s*$/.exec(message);
  let offset = at ? Number(at[1]) : 0;
  const section = /^Unclosed section "([^"]*)"/.exec(message);
  if (section) offset = unclosedSectionAt(source, section[1]!) ?? offset;
  else if (/^Unclosed tag/.test(message)) {
    const open = source.indexOf('{{', source.lastIndexOf('}}') + 1);
    if (open >= 0) offset = open;
  }
  const { line, column } = positionOf(source, offset);
  const reason = message
    .replace(/\s*at \d+\s*$/, '')
    .replace(/^Unclosed section "([^"]*)"/, 'the section "$1" is opened here but never closed with {{/$1}}')
    .replace(/^Unopened section "([^"]*)"/, '{{/$1}} closes a section that was never opened')
    .replace(/^Unclosed tag/, 'a tag is opened with {{ but never closed with }}')
    .replace(/^Invalid tags/, 'the delimiter change is not valid');
  return new TemplateError(reason, line, column);
}

function parse(source: string): Token[] {
  if (source.length > MAX_TEMPLATE_CHARS) {
    throw new TemplateError(`the template is longer than ${MAX_TEMPLATE_CHARS.toLocaleString('en')} characters`, 1, 1);
  }
  try {
    return Mustache.parse(source) as unknown as Token[];
  } catch (err) {
    throw toTemplateError(source, err);
  }
}

const KNOWN = new Set(TEMPLATE_FIELDS);

/**
 * Checks a template without rendering it: throws TemplateError when it cannot be parsed, and returns the names it
 * uses that no article has (with their line), so the editor can point at a typo.
 */
export function checkTemplate(source: string): TemplateWarning[] {
  const warnings: TemplateWarning[] = [];
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      const [type, name, start] = t;
      if (type === 'name' || type === '&' || type === '#' || type === '^' || type === '>') {
        const unknown = type === '>' || (name !== '.' && name.split('.').some((part) => !KNOWN.has(part)));
        if (unknown) warnings.push({ name, line: positionOf(source, start).line });
      }
      if (t[4]) walk(t[4]);
    }
  };
  walk(parse(source));
  return warnings;
}

/**
 * Renders one view. Values printed with {{ }} are escaped so page text shows as written and never becomes
 * Markdown or HTML; {{{ }}} prints the ready-made safe forms (links, YAML) as they are. Partials are not
 * available. Throws TemplateError for a broken template.
 */
export function renderTemplate(source: string, view: object): string {
  parse(source);
  try {
    // The view is plain data (no functions), so mustache's lambdas can never run anything.
    return Mustache.render(source, view, {}, { escape: (value: unknown) => escapeMarkdown(String(value)) });
  } catch (err) {
    throw toTemplateError(source, err);
  }
}
