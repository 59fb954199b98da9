// A site's own service pages, by what the page says its address and its title are (since run AC): its front page
// (a canonical address that is the site's root), a log-in, sign-up or password page, a contact page. Their text
// reads as prose (a welcome, the terms one agrees to, an invitation to write), so the shape of the prose does not
// tell them from an article; what they call themselves does. Read by the article rule and the popup's reason.
import type { PageShape } from './article-rule';

/** Separators between a title's parts ("Log in | Site", "Site - Contact us", "Forum :: Register", "Shop: Contact Us"). */
const TITLE_PARTS = /\s+(?:[|\u2014\u2013\u2015\u00b7:\u00bb\u2022~/-]|::)\s+|\s*[|\u00bb\u2022]\s*|:\s+/;

/**
 * Words that name an account action: log in, sign up, register, a forgotten or reset password, a new account, in
 * the languages of the dev pages and their neighbours. Ambiguous words are left out or taken only in their phrase
 * (Spanish "registro" is also a register of deeds, Turkish "giriş" an introduction: "giriş yap" is "log in").
 */
const ACCOUNT_WORDS = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?:log ?in|log ?on|sign ?in|sign ?up|registration|create (?:an |your |a new |new )?(?:customer |user )?account`,
    String.raw`(?:forgot(?:ten)?|lost|reset|recover)(?: your)? password|password (?:reset|recovery|forgotten)|member login`,
    String.raw`anmelden|anmeldung|registrieren|registrierung|kundenlogin|passwort vergessen|benutzerkonto anlegen`,
    String.raw`connexion|inscription|identifiez-vous|mot de passe oubli[ée]|iniciar sesi[oó]n|reg[ií]strate|registrarse`,
    String.raw`contrase[ñn]a|accedi|registrati|zaloguj|logowanie|rejestracja|prihl[aá]senie|registr[aá]cia|giri[sş] yap`,
    String.raw`[uü]ye ol|kay[ıi]t ol|вход|войти|регистрация|авторизация|восстановление пароля)(?![\p{L}\p{N}])`,
    'ログイン|会員登録|パスワード再設定|登录|注册|로그인|회원가입',
  ].join('|'),
  'iu',
);
/**
 * "Register" names the action only when it opens its part ("Register at Forums", "Register New Account"): after a
 * name it is a newspaper's ("The Register", "Orange County Register"), whose story pages carry a subscriber's log-in.
 */
const REGISTER_FIRST = /^register(?![\p{L}\p{N}])/iu;
/** An account page's title part is the action and a word or three ("Member sign in", "Register New Account"). */
const ACCOUNT_PART_MAX_WORDS = 5;

/**
 * Whether a document's title names an account action in one of its parts, a short one: "Log in | Star Wars: The Old
 * Republic", "Passwort vergessen? - Mindfactory", "Register at Forums - Mtbr.com". A headline that mentions signing
 * in ("Construction Sign In Utah Reads 'God Hates Gays'") has more words than an account page's part.
 */
export function isAccountTitle(title: string): boolean {
  return namesAccountAction(title, ACCOUNT_PART_MAX_WORDS);
}

/**
 * A title part this short that names an account action is the page's own name ("Register", "Client Login",
 * "Forgotten password recovery", "로그인"), with or without a password field in sight (a forgotten-password form, a
 * board's registration agreement, a log-in form a script draws). A headline that mentions one has more words: "Ticket
 * registration for Glastonbury" (a dev article, four) is the nearest (since run AD).
 */
const BARE_ACCOUNT_PART_MAX_WORDS = 3;

/**
 * Whether a part of the document's title is only an account action and a word or two ("Register", "Client Login |
 * Cision", "Форум • Регистрация"): such a page is a log-in, sign-up or password page even with no password field.
 */
export function isBareAccountTitle(title: string): boolean {
  return namesAccountAction(title, BARE_ACCOUNT_PART_MAX_WORDS);
}

/** Whether a part of the title of at most `maxWords` words names an account action. */
function namesAccountAction(title: string, maxWords: number): boolean {
  return title
    .trim()
    .split(TITLE_PARTS)
    .some((p) => (ACCOUNT_WORDS.test(p) || REGISTER_FIRST.test(p.trim())) && p.trim().split(/\s+/).length <= maxWords);
}

/**
 * The last segment of an address's path that names an account action, whole, or after one word ("/login",
 * "/user/login", "/client-login/", "/wp-signup.php", "/auth/forgotten_password", "/forgotpassword.php"). An
 * article's slug that mentions one ("/how-to-sign-up-for-medicare") has more words around it.
 */
const ACCOUNT_SEGMENT =
  /^(?:[a-z]+[-_])?(?:log-?[io]n|sign-?in|sign-?up|register|registration|(?:forgot(?:ten)?|lost|reset)[-_]?password|password[-_]?(?:reset|recovery)|create[-_]?account)(?:\.[a-z]{2,5})?$/i;
/** A query that names the action a script serves ("ucp.php?mode=register", "cart.asp?mode=login", "auth.html?cmd=register"). */
const ACCOUNT_QUERY =
  /[?&](?:mode|cmd|action|do)=(?:log-?in|sign-?in|sign-?up|register|lostpassword|forgot(?:ten)?password)(?:&|$)/i;
/** The last segment of a contact page's path ("/contact", "/contact-us/", "/kontakt.html", "/service/contact"). */
const CONTACT_SEGMENT =
  /^(?:contacts?(?:[-_]?(?:us|me|form|page))?|contactez[-_]nous|contacto|contatti|contato|kontakt(?:e|formular)?|kontakty)(?:\.[a-z]{2,5})?$/i;

/** The last non-empty segment of an address's path (decoded, lower case), and its query; null when it cannot be read. */
function addressParts(href: string): { segment: string; query: string } | null {
  if (!isPlaceableAddress(href)) return null;
  const rest = href.trim().replace(/^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#]*/i, '');
  const [beforeHash = ''] = rest.split('#');
  const q = beforeHash.indexOf('?');
  const path = q < 0 ? beforeHash : beforeHash.slice(0, q);
  const segments = path.split('/').filter((x) => x !== '');
  return { segment: segments.at(-1) ?? '', query: q < 0 ? '' : beforeHash.slice(q) };
}

/**
 * What a page's address says it is (since run AD): a log-in, sign-up or password page ("/login", "/signup",
 * "ucp.php?mode=register"), a contact page ("/contact-us/"), or nothing. The address is what a service page cannot
 * hide when its title and text say nothing (an empty title, a site's name, a welcome under the form).
 */
export function serviceAddressKind(href: string): 'account' | 'contact' | null {
  const parts = addressParts(href);
  if (!parts) return null;
  if (ACCOUNT_SEGMENT.test(parts.segment) || ACCOUNT_QUERY.test(parts.query)) return 'account';
  if (CONTACT_SEGMENT.test(parts.segment)) return 'contact';
  return null;
}

/** A title part that is only "Contact" or "Contact us" (and their kin), in the languages of the dev pages. */
const CONTACT_PART = new RegExp(
  [
    String.raw`^(?:contacts?(?: us| me)?(?: information| info| page| form| details)?|contactez[- ]nous|nous contacter`,
    String.raw`contacto|cont[aá]ctenos|cont[aá]ctanos|contatti|contattaci|contato|fale conosco|kontakt(?:e|formular)?`,
    String.raw`kontaktieren sie uns|kontakt os|kontakta oss|kontakty|контакты|обратная связь|kapcsolat|iletişim`,
    String.raw`yhteystiedot|お問い合わせ|联系我们|연락처)[.!?]*$`,
  ].join('|'),
  'iu',
);

/**
 * Whether a document's title calls the page a contact page: one of its parts is "Contact us", "Kontakt",
 * "Contactez-nous"… and nothing more ("Contact | When Geeks Wed", "Party Supplies - Free Shipping: Contact Us"). A
 * story about contact ("Contact lens recall", "First contact with…") has more words in that part.
 */
export function isContactTitle(title: string): boolean {
  return title
    .trim()
    .split(TITLE_PARTS)
    .some((p) => CONTACT_PART.test(p.trim()));
}

/** A path that is a site's root: nothing, "/", or its index file ("/index.php", "/default.aspx"). */
const ROOT_PATH = /^\/?(?:(?:index|default|home)\.(?:html?|php|aspx?|jsp|cfm))?$/i;

/**
 * Whether an address (a canonical link's, og:url's, or the document's own) is a site's root: an absolute URL or a
 * path from the root, with a root path, no query (WordPress's "/?p=123" is one post) and no hash route ("/#!/story/1"
 * is an app's page). A relative path ("Default.aspx") or an empty href says nothing (see {@link isPlaceableAddress}),
 * and neither does a language's root ("/en/"), which some sites give a front of its own.
 */
export function isRootAddress(href: string): boolean {
  if (!isPlaceableAddress(href)) return false;
  const h = href.trim();
  const rest = h.replace(/^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#]*/i, '');
  const [beforeHash = '', hash = ''] = rest.split('#');
  if (/^!?\//.test(hash)) return false;
  const [path = '', query] = beforeHash.split('?');
  return ROOT_PATH.test(path) && !query;
}

/** An absolute address or a path from the root: one that can be placed without knowing where the page is. */
export function isPlaceableAddress(href: string): boolean {
  const h = href.trim();
  return h !== '' && (h.startsWith('/') || /^[a-z][a-z0-9+.-]*:\/\//i.test(h));
}

/**
 * Whether the page's own address is its site's root, from what it says first: its canonical link when it can be
 * placed, else the address it was loaded from (the browser's; a saved page's, in the benches). og:url can deny it
 * (an article's own address), never say it alone: templates set it to the site's root on every page (NFL.com's
 * blogs of 2012).
 */
export function isRootPage(canonical: string | null, ogUrl: string | null, docUrl: string): boolean {
  if (ogUrl !== null && isPlaceableAddress(ogUrl) && !isRootAddress(ogUrl)) return false;
  return canonical !== null && isPlaceableAddress(canonical) ? isRootAddress(canonical) : isRootAddress(docUrl);
}

/**
 * What a story needs to outweigh a service page's weaker marks (since run AE): its own declaration of one article
 * ({@link PageShape.datedDeclaration}: a schema.org article type, or og:type=article with its publication time; or a
 * declared page with one byline over a dateline), several paragraphs of prose, no password field, and no form in the
 * run. A film review at "/reviews/contact" titled "Review: Contact", a column titled "Contact | The Atlantic", a
 * story at "/2024/05/voter-registration" are such stories; the dev pages' contact and log-in pages that declare an
 * article print a sentence or two (Cision's client log-in, 103 characters; two contact pages, fewer than 100).
 */
const STORY_MIN_CHARS = 300;
const STORY_MIN_PARAGRAPHS = 2;
/** A contact form in the run is a name, an e-mail address and a message: three fields. */
const STORY_MAX_FIELDS = 2;

/** Whether the page declares and prints one story, strongly enough to outweigh an address or a title naming a service. */
export function isDeclaredStory(s: PageShape): boolean {
  const declared =
    s.datedDeclaration ||
    (s.declaresArticle && s.authors === 1 && s.bylinedRun && s.dateStamps >= 1 && s.dateStamps <= 3);
  return (
    declared &&
    !s.hasPassword &&
    s.fieldsInRun <= STORY_MAX_FIELDS &&
    s.proseChars >= STORY_MIN_CHARS &&
    s.proseParagraphs >= STORY_MIN_PARAGRAPHS
  );
}

/**
 * A site's service page rather than an article: its address is the site's root (a front page, whatever its template
 * declares: some set og:type=article on every page), or its title names an account action and it holds a password
 * field (a log-in or sign-up page, whatever terms or welcome text it prints). Weaker marks (since run AD: a title
 * that is only an account action and a word or two, a title that calls the page a contact page, an address that
 * names a log-in, sign-up, password or contact page) make it one too, unless the page declares and prints one story
 * ({@link isDeclaredStory}, since run AE): a word in a slug or a title is all a story may share with a service page.
 */
export function isServicePage(s: PageShape): boolean {
  if (s.rootAddress || (s.accountTitle && s.hasPassword)) return true;
  const named = (s.accountTitle && s.bareAccountTitle) || s.contactTitle || s.serviceAddress !== null;
  return named && !isDeclaredStory(s);
}
