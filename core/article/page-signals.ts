// Small marks that tell a page of many things from a page about one thing, read during the detector's one walk:
// the links a list of posts puts under each excerpt ("Read more", "Comments (3)"), the comment section under an
// article (its replies are prose, but not the article's), and a shop's price tags and add-to-cart buttons.
// Each test is on one element or one short string, so the walk stays one pass.

/**
 * The text of a link that leads from an excerpt to its whole post: "Read more", "read on >>", "Continue reading »",
 * "Permalink", "Comments (3)", "12 comments", in the languages of the pages Lede meets most. An article has one at
 * most (a link down to its own comments); a blog's front page or archive has one or two per post.
 */
const POST_LINK =
  /^(?:read (?:the )?(?:more|full (?:story|post|article))|read on|continue reading|full story|permalink|weiterlesen|mehr lesen|lire la suite|leer más|leggi (?:tutto|di più)|continua a leggere|lees meer|ler mais|\d+ (?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|responses?|replies)|(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|responses?) ?\(\d+\)|no comments|keine kommentare)\W*$/i;

/** Whether a link's text (trimmed) is a "read more" or "N comments" link of an excerpt. */
export function isPostLinkText(text: string): boolean {
  return text.length <= 40 && POST_LINK.test(text);
}

/**
 * Class or id of a comment section or of one comment ("comments", "comment-body", "disqus_thread", "kommentare"): a
 * part of a name is enough ("commentlist", "a2commentwrap").
 */
const COMMENT_MARK = /comment|kommentar|disqus|(?:^|[\s_-])repl(?:y|ies)(?:$|[\s_-])/i;
/**
 * Class or id of one post of a forum thread, in the markup of the board software most forums run on (phpBB's
 * "postbody", vBulletin's "postbit", "postbitlegacy" and "post_message_12", punBB's "postmsg", XenForo's
 * "messageText", "message-body" and "bbWrapper"): a thread's posts are readers' posts, not an article. Only a whole
 * class name, or one these open with a separator after ("postbit_wrapper"), since run U: inside a longer name they
 * are a slug's letters ("page-postbitchtapes-fireplace-grooves", a Drupal blog post's URL as a class on the page).
 */
const FORUM_MARK =
  /(?:^|\s)(?:postbody|postbit(?:legacy|im)?|postmsg|post_message(?:_\d+)?|messagetext|message-body|bbwrapper)(?=$|[\s_-])/i;
/**
 * Class names that say something about a post's comments without being them: an article classed "commented" or
 * "comments-open" (WordPress and Kinja mark the post itself so), "has-comments", "no-comments"; and the post's
 * category and tag classes ("category-kommentar", "tag-comments": WordPress classes a post by its section, and an
 * opinion column's section is often named "Kommentar" or "Comment"). Removed before
 * {@link COMMENT_MARK} is tested, so the article they sit on is not taken for its own comment section.
 */
const COMMENT_STATE =
  /(?:^|\s)(?:commented|(?:has|no|with)[-_]comments?|comments?[-_](?:open|closed|enabled|disabled|on|off)|(?:category|tag)[-_]\S+)(?=\s|$)/gi;
/** How far up a comment section is looked for (a comment's text sits a few levels below its section). */
const COMMENT_DEPTH = 12;

/** The element that marks a block as readers' text: a comment section or comment, or one post of a forum thread. */
export interface CommentMark {
  el: Element;
  /** A forum post's mark (phpBB's "postbody"…), not a comment's: a page holding one such post is that post. */
  forum: boolean;
}

/**
 * The nearest element, `el` itself or an ancestor below <body>, classed or named for comments or for a forum post;
 * null when there is none. Readers' comments and posts are prose, often many long runs of it; they are not the
 * article and they do not make a page of many posts.
 */
export function commentMarkOf(el: Element): CommentMark | null {
  let cur: Element | null = el;
  for (let i = 0; cur && i < COMMENT_DEPTH; i++, cur = cur.parentElement) {
    const tag = cur.localName;
    if (tag === 'body' || tag === 'html') return null;
    const cls = cur.getAttribute('class') ?? '';
    if ((COMMENT_MARK.test(cls) && COMMENT_MARK.test(cls.replace(COMMENT_STATE, ''))) || COMMENT_MARK.test(cur.id))
      return { el: cur, forum: false };
    if (FORUM_MARK.test(cls) || FORUM_MARK.test(cur.id)) return { el: cur, forum: true };
  }
  return null;
}

/** Whether `el` itself is classed or named as one post of a forum thread ({@link FORUM_MARK}). */
export function isForumPost(el: Element): boolean {
  return FORUM_MARK.test(el.getAttribute('class') ?? '') || FORUM_MARK.test(el.id);
}

/**
 * Whether an ancestor of `el` (below <body>) is itself classed as a forum post: a post's head or body inside the
 * post's own box ("postbody-head" inside "postbody"), so that a thread's posts are counted once each (since run W).
 */
export function isInsideForumPost(el: Element): boolean {
  for (let cur = el.parentElement; cur && cur.localName !== 'body'; cur = cur.parentElement)
    if (isForumPost(cur)) return true;
  return false;
}

/** Whether `el` sits inside a comment section, one comment or one forum post ({@link commentMarkOf}). */
export function isInComments(el: Element): boolean {
  return commentMarkOf(el) !== null;
}

/** A price as shops print it: a currency sign or code beside an amount ("€89.99", "12,50 €", "USD 40", "£7"). */
const PRICE =
  /^(?:(?:[$€£¥]|EUR|USD|GBP|CHF)\s?\d{1,6}(?:[.,]\d{2})?|\d{1,6}(?:[.,]\d{2})?\s?(?:[$€£]|EUR|USD|GBP|CHF)\*?)$/i;

/** Whether a short piece of text (a label, a table cell) is a price and nothing else. */
export function isPriceText(text: string): boolean {
  return text.length <= 16 && PRICE.test(text);
}

/** Words a results counter opens or closes with: "Results 1 - 10 of 89", "Showing 1-17 of 17", "1-20 of 240 items". */
const COUNTED =
  '(?:results?|items?|products?|treffer|ergebnisse?|artikel|résultats?|produits|resultados?|productos|risultati|prodotti)';
/**
 * A search-results or catalogue page's counter: "Results 1 - 10 of 89", "Showing 1-17 of 17", "Treffer 1 bis 20 von
 * 312", "1-20 of 240 items". Not a counter of comments ("Showing 1-20 of 45 comments": an article's comment pages).
 */
const RESULTS_COUNTER = new RegExp(
  `^(?:(?:search )?${COUNTED}|showing|displaying|anzeige|affichage|mostrando)\\s*:?\\s*\\d[\\d,.]*\\s*(?:-|–|to|bis|à|a|al)\\s*\\d[\\d,.]*\\s+(?:of|out of|von|sur|de|di)\\s+(?:about\\s+)?\\d[\\d,.]*(?![\\d,.])(?!\\s*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|replies|responses|antworten))|^\\d[\\d,.]*\\s*[-–]\\s*\\d[\\d,.]*\\s+(?:of|von|sur|de|di)\\s+[\\d,.]+\\s+${COUNTED}\\b`,
  'iu',
);
/** A counter is a short line: a sentence that happens to say "items 1 to 3 of 5" is not one. */
const RESULTS_COUNTER_MAX_CHARS = 120;

/** Whether a block's short own text (trimmed) opens with a results counter, as search results and catalogues print. */
export function isResultsCounter(text: string): boolean {
  return text.length <= RESULTS_COUNTER_MAX_CHARS && /\d/.test(text) && RESULTS_COUNTER.test(text);
}

/** The label of a shop's buy control ("Add to cart", "In den Warenkorb", "Ajouter au panier", "Buy now"). */
const CART_LABEL =
  /^(?:add to (?:cart|basket|bag|trolley)|buy (?:it )?now|in den (?:warenkorb|einkaufswagen)|jetzt kaufen|ajouter au panier|añadir al carrito|aggiungi al carrello|in winkelwagen|toevoegen aan winkelwagen|adicionar ao carrinho)\W*$/i;

/** Whether a button, submit input or link is a shop's add-to-cart control, by its label or value. */
export function isCartControl(el: Element): boolean {
  const label = (el.localName === 'input' ? el.getAttribute('value') : el.textContent) ?? '';
  const text = label.trim();
  return text.length <= 40 && CART_LABEL.test(text);
}

/** What an error page says in its heading or title: "Page not found", "404", "Error 404 - Not Found", "Seite nicht gefunden". */
const ERROR_HEADLINE =
  /^(?:error )?(?:404|410)?(?: error)? ?(?:the )?(?:(?:page|file|document|article) )?(?:not found|could not be found|cannot be found|does not exist|no longer exists)?$|^(?:seite nicht gefunden|page introuvable|página no encontrada|pagina non trovata|pagina niet gevonden|fehler 404)$/;

/**
 * Whether a heading or title (lower case letters, digits and single spaces, as comparableText gives) is an error
 * page's: a page that says it is not there is no article, whatever its template declares.
 */
export function isErrorHeadline(text: string): boolean {
  return /\d|found|exist|gefunden|introuvable|encontrada|trovata|gevonden/.test(text) && ERROR_HEADLINE.test(text);
}

/**
 * A title that greets the visitor and names the place, and nothing more: "Welcome to Oswestry", "Welcome To The Book
 * Pl@ce", "Willkommen bei …", "Bienvenue sur …" (since run W). A site's front page greets; a story's title is its
 * headline, with the site's name after a separator when at all ("Welcome to www.dailyrecord.com - Giants - Eli
 * Manning continues to thrive" is a headline behind a greeting, and its page repeats the headline in a heading).
 */
const GREETING_TITLE =
  /^\s*(?:a )?(?:welcome|herzlich willkommen|willkommen|bienvenue|bienvenidos?|benvenut[io]|welkom|v[äa]lkommen|velkommen|witamy|bem-vindos?)\b[^|:\u2013\u2014\u00b7\u2022]*$/i;
/** A greeting and the place's name are a few words; a headline that opens with "Welcome to…" runs longer. */
const GREETING_TITLE_MAX_WORDS = 7;

/** Whether a document's title is only a greeting with the site's or the place's name (a front page's). */
export function isGreetingTitle(title: string): boolean {
  const t = title.trim();
  return GREETING_TITLE.test(t) && !/\s-\s/.test(t) && t.split(/\s+/).length <= GREETING_TITLE_MAX_WORDS;
}

/**
 * The last part of a title (after " — ", " | ", " - ", " :: "…, or the whole title) that names documentation:
 * "Download — Python 3.11.2 documentation", "django.template.exceptions — Django 3.2.25 documentation", "3.11.2
 * Documentation". Sphinx titles every page "{page} — {project} {release} documentation" by default, and other
 * generators and doc sites do the same; a story's title ends with its headline or its site's name.
 */
const DOCUMENTATION_TITLE_PART =
  /(?:^|\s)(?:documentation|dokumentation|documentación|documentazione|documentação|documentatie)$/i;
/** A project's name and version before the word: a headline that ends with "documentation" runs longer. */
const DOCUMENTATION_TITLE_PART_MAX_WORDS = 5;

/** Whether a document's title says the page is documentation (its last part is "… documentation"). */
export function isDocumentationTitle(title: string): boolean {
  const parts = title.trim().split(/\s+(?:[\u2014\u2013|\u00b7:-]|::|\u00bb)\s+/);
  const last = (parts[parts.length - 1] ?? '').trim();
  return DOCUMENTATION_TITLE_PART.test(last) && last.split(/\s+/).length <= DOCUMENTATION_TITLE_PART_MAX_WORDS;
}

/** Words of four letters or more, lower case (the terms a keyword title repeats). */
const TERM = /\p{L}{4,}/gu;

/** A keyword title's parts are short: a headline has more words than this. */
const KEYWORD_PART_MAX_WORDS = 5;

/**
 * Whether a page's title is a list of search keywords rather than a headline: four or more short "|"-separated
 * parts (five words at most each, but the last, which is the site's name) that repeat one term in three of them
 * ("Slide Scanning | Slides to DVD | Slides to CD | Convert Slides"), or six or more terms joined by bare commas
 * ("Recruitment,Moscow,Ural,agency,CV"). A landing page's search-engine title; a story's title is its headline with
 * the section and the site after it ("Mezcal goes beyond Mexican fare | Reviews | Detroit | Detroit Metro Times").
 */
export function isKeywordTitle(title: string): boolean {
  const commaTerms = title.split(/,(?=\S)/);
  if (commaTerms.length >= 6 && commaTerms.every((t) => t.trim().split(/\s+/).length <= 3)) return true;
  const all = title.split('|');
  const parts = all.slice(0, -1);
  if (all.length < 4 || parts.some((p) => p.trim().split(/\s+/).length > KEYWORD_PART_MAX_WORDS)) return false;
  const seen = new Map<string, number>();
  for (const part of parts) {
    for (const term of new Set(part.toLowerCase().match(TERM) ?? [])) {
      const n = (seen.get(term) ?? 0) + 1;
      if (n >= 3) return true;
      seen.set(term, n);
    }
  }
  return false;
}

/** A month's name or its abbreviation in the languages of the pages Lede meets most ("Mar.", "März", "agosto"). */
const MONTH =
  '(?:jan|feb|fév|fev|mar|mär|apr|avr|abr|may|mai|mag|mei|jun|juin|giu|jul|juil|lug|aug|ago|aoû|sep|set|oct|okt|ott|out|nov|dec|dez|déc|dic|ene|gen)\\p{L}*\\.?';
const YEAR = '(?:19|20)\\d\\d';
/**
 * A full date, with its year, as a dateline prints it: "01-08-2008", "5.3.2024", "2024-03-05", "March 5, 2024",
 * "Friday 28th December, 2007", "5. März 2024", "5 de marzo de 2024".
 */
const DATE_STAMP = new RegExp(
  `(?:^|[^\\d])(?:\\d{1,2}[./-]\\d{1,2}[./-]${YEAR}|${YEAR}[./-]\\d{1,2}[./-]\\d{1,2}|\\d{1,2}(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${YEAR})(?:$|[^\\d])`,
  'iu',
);
/** A dateline is short: a date in a sentence is the story's content, not its stamp ("5.3.2024" is the shortest). */
const DATE_STAMP_MAX_CHARS = 60;
const DATE_STAMP_MIN_CHARS = 8;

/**
 * Whether a short text (trimmed) carries a full date: a dateline ("Posted on March 5, 2024 by Ana"), the stamp a
 * story or a post prints under its headline. One or two on a page date one piece; a list of dated items (an archive,
 * a forum thread, a list of events) has one per item.
 */
export function isDateStamp(text: string): boolean {
  return (
    text.length >= DATE_STAMP_MIN_CHARS &&
    text.length <= DATE_STAMP_MAX_CHARS &&
    /(?:19|20)\d\d/.test(text) &&
    DATE_STAMP.test(text)
  );
}
