// Rules that tell article prose from the page furniture Readability keeps: captions and credits, tag lines,
// share/subscribe/newsletter prompts, ad labels, related-link lists. General patterns only, never per-site ones.
import { isDateLine, squash } from './metadata-values';

/**
 * class/id words of furniture. Matched as whole dash/underscore-separated words, so "ad" matches "ad-slot" but not
 * "header", and "caption" matches "wp-caption" but not "captioned-text".
 */
const FURNITURE_CLASS =
  /(^|[-_\s])(caption|captions|credit|credits|figcaption|photo-?credit|image-?credit|via|share|sharing|sharetools|social|socials|newsletter|subscribe|subscription|signup|sign-up|related|recommended|recommendations|read-?more|more-?stories|promo|advert|advertisement|advertising|ad|ads|adslot|dfp|sponsor|sponsored|byline|bylines|dateline|tags|tag-?list|topics|breadcrumb|breadcrumbs|toolbar|entry-meta|post-meta|article-meta|meta-?data|author-?bio|bio|about-?the-?author|paywall|cookie|outbrain|taboola|comments?|disqus|print|nav|navigation|pagination|widget|sidebar)([-_\s]|$)/i;

/** Elements that are furniture whatever their class. */
const FURNITURE_TAGS = new Set([
  'figcaption',
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'label',
  'footer',
  'menu',
  'dialog',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
]);

/** True when an element of Readability's output is page furniture by its tag, role, class or id. */
export function isFurnitureElement(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && /^(navigation|complementary|contentinfo|banner|search|dialog|alert|toolbar|menu)$/.test(role))
    return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && /^(caption|author|datePublished|dateModified|keywords|publisher)$/.test(itemprop)) return true;
  // State modifiers say what an element has or lacks, not what it is: "no_caption", "has-share-bar".
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(
    /(^|\s)(no|has|with|without)[-_]\S*/gi,
    ' ',
  );
  return names.trim() !== '' && FURNITURE_CLASS.test(names);
}

/** Whole-block texts that are labels and prompts, not prose. */
const FURNITURE_TEXT: RegExp[] = [
  /^(advertisement|advertisements|advertising|sponsored( content)?|paid (post|content)|promoted( content)?|ad|ads|anzeige|publicité|publicidad)$/i,
  /^(exclusive|breaking|breaking news|developing|developing story|just in|live|opinion|analysis|commentary|editorial|new)[.:!]?$/i,
  /^(story|article) continues (below|after)( this)?( advertisement| ad)?\.?$/i,
  /^(lire aussi|à lire aussi|a lire aussi|lire|voir aussi|lesen sie auch|mehr zum thema|auch interessant|leia também|leia mais|lea también|lee también|leggi anche|read also|also read|see also|related|more)\s*:.{0,200}$/i,
  /^\[[^\]]{3,200}\]$/,
  /^(powered by|presented by|brought to you by|in partnership with)\s.{0,60}$/i,
  /^.{0,60}\b(first published|last updated|published|updated)\b.{0,30}\d{4}.{0,30}$/i,
  /^(continue reading|read more|read the full (story|article)|more (stories|from)|related( articles| stories| content| posts| coverage| reading)?|see also|recommended( for you)?|you (may|might) also like|most (popular|read|viewed|shared)|trending( now)?|editor'?s picks?|top stories)\b.{0,80}$/i,
  /^(published|posted|filed|categorized|listed) (under|in)\s*:?/i,
  /^(tags?|topics?|categories|category|keywords|related topics)\s*:/i,
  /^(share|share this( article| story| post)?|share on \w+|tweet|email|print|comments?|\d+ comments?|leave a (comment|reply)|click to share.*|follow us.*|like us on facebook.*)[.:!]?$/i,
  /^(photo|photos|image|images|picture|illustration|video|graphic|file photo|source|credit|photograph)( credit)?s?\s*:/i,
  /^(copyright|©|\(c\))\s.{0,150}$/i,
  /^(this (article|story|piece|post|essay)( was)? (originally|first) (appeared|published|ran|posted)|(originally|first) (appeared|published) (on|in|at|by))\b.{0,120}$/i,
  /all rights reserved\.?$/i,
  /^(this (article|story|content) (is|was) (only )?available|you have \d+ free articles?).{0,150}$/i,
  /^(listen to|watch:?|play video|loading\.{0,3}|image \d+ of \d+|\d+ of \d+|view (gallery|slideshow|comments).*)$/i,
];

/** News-agency and stock-photo credits that end a caption: "Xi Jinping, Vladimir Putin / AP", "(Getty Images)". */
const CREDIT_TAIL =
  /(\s[/|]\s*|\()\s*(ap|afp|reuters|getty( images)?|epa|efe|dpa|ansa|xinhua|tass|shutterstock|istock(photo)?|alamy|corbis|bloomberg|nyt|the new york times|pa|upi|sipa|imago|wireimage|ap photo|afp photo|reuters photo)\b[^.]{0,60}\)?\.?$/i;

/** "(Name/Agency)" or "(Agency)" closing a block: a photo credit naming a picture agency ends only captions. */
const PHOTO_CREDIT_TAIL =
  /\.\s*\((?:[^()/]{2,40}\s*\/\s*){0,3}(ap|afp|reuters|getty images|epa|bloomberg|associated press|ap photo|the washington post|the new york times|european pressphoto agency|agence france-presse)(\s*\/\s*[^()/]{2,40}){0,3}\)$/i;

/** Newsletter and subscription prompts: short blocks that ask for an e-mail or a subscription. */
const PROMPT =
  /\b(sign up|signup|subscribe|subscribers?|register|log ?in|newsletter|in your inbox|get the latest|delivered (to|straight))\b/i;

/** A newsletter or subscription pitch of a few sentences ("Sign up for X, a weekly newsletter… Your first month is free!"). */
export function isPromptText(text: string): boolean {
  const s = squash(text);
  return s.length <= 300 && PROMPT.test(s) && /\b(sign up|signup|subscribe|newsletter|in your inbox)\b/i.test(s);
}

/** True when a block's whole text is furniture: an ad label, credit, tag line, share or newsletter prompt, date line. */
export function isFurnitureText(text: string): boolean {
  const s = squash(text);
  if (!s) return true;
  if (s.length <= 200 && FURNITURE_TEXT.some((re) => re.test(s))) return true;
  if (s.length <= 160 && CREDIT_TAIL.test(s)) return true;
  // A caption with its photographer and agency in parentheses ("… election. (Thomas Coex/AFP/Getty Images)").
  if (s.length <= 320 && PHOTO_CREDIT_TAIL.test(s)) return true;
  if (s.length <= 160 && PROMPT.test(s) && !/[.!?]["”’)]?\s+\S/.test(s.replace(/[.!?]["”’)]?$/, ''))) return true;
  return isDateLine(s);
}

/** Headings that open a furniture section: everything up to the next heading of the same or higher level goes. */
export const FURNITURE_HEADING =
  /^(related|related (articles|stories|content|posts|links|coverage|reading)|more (on this|from|stories|news|like this)|read (more|next|this next)|recommended|you (may|might) also like|most (popular|read|viewed|shared)|trending|comments?|\d+ comments?|leave a (comment|reply)|share( this)?( article| story| post)?|newsletter|sign up.*|subscribe.*|get the .* (newsletter|in your inbox)|about the authors?|follow us|advertisement|sponsored|popular (now|posts|stories)|latest (news|stories)|top stories|further reading|see also)\b.{0,60}$/i;

/** True when a list's items are each almost entirely link text: a list of related links, not prose. */
export function isLinkList(list: Element): boolean {
  const items = Array.from(list.children).filter((c) => c.tagName.toLowerCase() === 'li');
  if (items.length < 2) return false;
  let linked = 0;
  for (const li of items) {
    const total = squash(li.textContent).length;
    const links = Array.from(li.querySelectorAll('a')).reduce((n, a) => n + squash(a.textContent).length, 0);
    if (total > 0 && links / total >= 0.85) linked++;
  }
  return linked / items.length >= 0.8;
}
