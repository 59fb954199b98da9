// The shipped export templates: Obsidian (properties and callouts by colour meaning), Logseq (an outline with
// page properties) and plain Markdown. Readers start from one and edit it in the library.

export type PresetId = 'obsidian' | 'logseq' | 'plain';

export interface TemplatePreset {
  id: PresetId;
  label: string;
  source: string;
}

const OBSIDIAN = `---
title: {{{yaml.title}}}
url: {{{yaml.url}}}
{{#hasAuthor}}
author: {{{yaml.author}}}
{{/hasAuthor}}
site: {{{yaml.site}}}
{{#hasPublished}}
published: {{published}}
{{/hasPublished}}
read: {{lastRead}}
{{#hasAsReadOn}}
as-read-on: {{asReadOn}}
{{/hasAsReadOn}}
{{#hasTags}}
tags:
{{#tags}}
  - {{{yaml}}}
{{/tags}}
{{/hasTags}}
---

# {{title}}

{{#hasAuthor}}By {{author}} · {{/hasAuthor}}{{site}} · {{{urlLink}}}
{{#hasArticleNote}}

{{#articleNoteLines}}
{{.}}
{{/articleNoteLines}}
{{/hasArticleNote}}
{{#hasFacts}}

## Key facts

{{#facts}}
- {{text}}
{{/facts}}
{{/hasFacts}}
{{#hasQuotes}}

## Quotes

{{#quotes}}
> “{{text}}”
> — {{#hasSpeaker}}{{speaker}}{{/hasSpeaker}}{{^hasSpeaker}}Unattributed{{/hasSpeaker}}

{{/quotes}}
{{/hasQuotes}}
{{#hasHighlights}}

## Highlights

{{#highlights}}
> [!{{callout}}] {{meaning}}
{{#lines}}
> {{.}}
{{/lines}}
> [↗]({{{link}}})
{{#hasNote}}

{{#noteLines}}
{{.}}
{{/noteLines}}
{{/hasNote}}
{{#hasTags}}

{{#tags}}#{{slug}} {{/tags}}
{{/hasTags}}

{{/highlights}}
{{/hasHighlights}}
`;

const LOGSEQ = `title:: {{title}}
url:: {{url}}
{{#hasAuthor}}
author:: {{author}}
{{/hasAuthor}}
site:: {{site}}
{{#hasPublished}}
published:: {{published}}
{{/hasPublished}}
read:: {{lastRead}}
{{#hasTags}}
tags:: {{#tags}}[[{{name}}]]{{^last}}, {{/last}}{{/tags}}
{{/hasTags}}

{{#hasArticleNote}}
- {{articleNote}}
{{/hasArticleNote}}
{{#hasFacts}}
- Key facts
{{#facts}}
	- {{text}}
{{/facts}}
{{/hasFacts}}
{{#hasQuotes}}
- Quotes
{{#quotes}}
	- “{{text}}” — {{#hasSpeaker}}{{speaker}}{{/hasSpeaker}}{{^hasSpeaker}}Unattributed{{/hasSpeaker}}
{{/quotes}}
{{/hasQuotes}}
{{#hasHighlights}}
- Highlights
{{#highlights}}
	- {{#lines}}{{.}} {{/lines}}[↗]({{{link}}})
	  {{meaning}}{{#hasTags}} {{#tags}}#{{slug}} {{/tags}}{{/hasTags}}
{{#hasNote}}
		- {{#noteLines}}{{.}} {{/noteLines}}
{{/hasNote}}
{{/highlights}}
{{/hasHighlights}}
`;

const PLAIN = `# {{title}}

{{#hasAuthor}}By {{author}}, {{/hasAuthor}}{{site}}{{#hasPublished}}, {{published}}{{/hasPublished}}
{{{urlLink}}}
Read on {{lastRead}}{{#hasAsReadOn}} (text as read on {{asReadOn}}){{/hasAsReadOn}}
{{#hasArticleNote}}

{{articleNote}}
{{/hasArticleNote}}
{{#hasFacts}}

## Key facts

{{#facts}}
- {{text}}
{{/facts}}
{{/hasFacts}}
{{#hasQuotes}}

## Quotes

{{#quotes}}
- “{{text}}” ({{#hasSpeaker}}{{speaker}}{{/hasSpeaker}}{{^hasSpeaker}}unattributed{{/hasSpeaker}})
{{/quotes}}
{{/hasQuotes}}
{{#hasHighlights}}

## Highlights

{{#highlights}}
{{#lines}}
> {{.}}
{{/lines}}

{{meaning}} · [link]({{{link}}}){{#hasTags}} · {{#tags}}{{name}} {{/tags}}{{/hasTags}}
{{#hasNote}}

{{note}}
{{/hasNote}}

{{/highlights}}
{{/hasHighlights}}
`;

export const TEMPLATE_PRESETS: readonly TemplatePreset[] = [
  { id: 'obsidian', label: 'Obsidian', source: OBSIDIAN },
  { id: 'logseq', label: 'Logseq', source: LOGSEQ },
  { id: 'plain', label: 'Plain Markdown', source: PLAIN },
];

/** The preset with this id, or null. */
export function presetById(id: string): TemplatePreset | null {
  return TEMPLATE_PRESETS.find((p) => p.id === id) ?? null;
}
