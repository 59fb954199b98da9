// Non-article pages written for the detector's tests and benchmark: the shapes Lede must say no to (a news home
// page, search results, a login form, a product listing, a blog index of excerpts). Deterministic HTML strings.

const SENTENCES = [
  'The city council approved a revised budget on Tuesday after weeks of negotiation over transit and school funding.',
  'Researchers say the new battery design could double the range of small electric vehicles within a decade.',
  'Fans lined the streets for hours to greet the team, which won its first championship in more than forty years.',
  'Officials warned that the storm could bring heavy rain and flooding to low-lying coastal neighbourhoods overnight.',
  'The company reported higher quarterly profits, driven by strong demand for its cloud computing services abroad.',
  'A long-awaited report on hospital waiting times found that delays have grown in almost every region of the country.',
];

function sentence(i: number): string {
  return SENTENCES[i % SENTENCES.length]!;
}

function page(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>
<header><a href="/">Daily Example</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/business">Business</a></nav></header>
${body}
<footer><p>&copy; Daily Example. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer></body></html>`;
}

/** A news front page: cards of linked headlines with one-sentence summaries. */
export function homePage(): string {
  const cards = Array.from(
    { length: 24 },
    (_, i) =>
      `<article class="card"><h3><a href="/news/story-${i}">Headline number ${i} about the day's events</a></h3><p>${sentence(i)} ${sentence(i + 1)}</p></article>`,
  ).join('\n');
  return page(
    'Daily Example: news, sport and opinion',
    `<main><h1>Top stories</h1><section class="river">${cards}</section></main>`,
    '<meta property="og:type" content="website">',
  );
}

/** Search results: a query box and ten results with snippets. */
export function searchResultsPage(): string {
  const results = Array.from(
    { length: 10 },
    (_, i) =>
      `<li class="result"><h3><a href="/news/result-${i}">Result ${i}: budget vote and transit plans</a></h3><p class="snippet">${sentence(i)} ${sentence(i + 2)}</p><span class="url">example.com/news/result-${i}</span></li>`,
  ).join('\n');
  return page(
    'Search results for "budget" | Daily Example',
    `<main><form role="search" action="/search"><input type="search" name="q" value="budget"><button>Search</button></form><p>About 1,240 results for <b>budget</b></p><ol class="results">${results}</ol><nav class="pagination"><a href="?q=budget&page=2">Next</a></nav></main>`,
  );
}

/** A sign-in page with a little explanatory text. */
export function loginPage(): string {
  return page(
    'Sign in | Daily Example',
    `<main><h1>Sign in to your account</h1>
<p>Subscribers get unlimited access to every story, our daily newsletters and the full archive going back to 1851, on the web and in the app.</p>
<p>If you do not have an account yet, you can create one in a minute; we will never share your e-mail address with advertisers or other companies.</p>
<p>Having trouble signing in? Reset your password or contact our customer care team, who are available every day from 7 a.m. to 9 p.m.</p>
<form action="/login" method="post"><label>E-mail <input type="email" name="email"></label><label>Password <input type="password" name="password"></label><button>Sign in</button></form></main>`,
  );
}

/** A shop's product listing: names, prices and blurbs. */
export function productListingPage(): string {
  const items = Array.from(
    { length: 16 },
    (_, i) =>
      `<div class="product"><a href="/p/${i}"><img src="/img/${i}.jpg" alt=""><h2>Trail running shoe model ${i}</h2></a><p class="price">$${89 + i}.99</p><p class="blurb">Lightweight, breathable upper with a grippy outsole for wet rock and loose gravel; cushioned for long days on the trail and in the city.</p><button>Add to basket</button></div>`,
  ).join('\n');
  return page(
    'Running shoes | Example Outdoor Shop',
    `<main><h1>Running shoes</h1><div class="grid">${items}</div></main>`,
    '<meta property="og:type" content="product.group">',
  );
}

/** A blog index: post titles linked, each followed by a long excerpt, all siblings in one container. */
export function blogIndexPage(): string {
  const posts = Array.from(
    { length: 8 },
    (_, i) =>
      `<h2><a href="/2024/post-${i}">Notes from the field, part ${i}</a></h2><p>${sentence(i)} ${sentence(i + 1)} ${sentence(i + 3)}</p><p><a href="/2024/post-${i}">Read more</a></p>`,
  ).join('\n');
  return page('Field Notes, a blog', `<main><div class="posts">${posts}</div></main>`);
}

/** Every synthetic non-article page by name. */
export const SYNTHETIC_NON_ARTICLES: Record<string, () => string> = {
  'home page': homePage,
  'search results': searchResultsPage,
  'login form': loginPage,
  'product listing': productListingPage,
  'blog index': blogIndexPage,
};
