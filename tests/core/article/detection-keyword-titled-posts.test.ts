// Run X's second rule (issue #12, the rejected side): a keyword title ("{headline} | {category keywords} | {blog}",
// as a blog's search-engine plugin writes it) does not make a landing page of a post whose only <h1> repeats the
// title's headline over its text. Trimmed from Once Wed's "Fishtail Bun Wedding Hair Tutorial" (dragnet `R702`, a
// dev article that Lede rejected as a landing page): the post's header (date, category, <h1>), its text of 665
// characters and its one comment; the menus, sidebar, share buttons and the comment form are taken out.
import { describe, expect, it } from 'vitest';
import { verdictAt } from './verdict';

const at = (html: string) =>
  verdictAt('http://www.oncewed.com/65628/wedding-blog/diy-wedding/fishtail-bun-wedding-hair-tutorial/', html);

const POST = `<div><p></p><p>Here&#8217;s a super lovely <em>wedding hair</em> tutorial we found on Pinterest&#8230;its really easy and simple.</p><p><span style="text-decoration: underline;">Instructions</span></p><p>1) It looks like you want to start with some texture in your hair so go ahead and use some product and curl it up a little. You might want to back comb and tease it up some at the crown and in the back to add some more volume there, too. Then do a fishtail braid. This one is done to the side but it could also be done in the middle.</p><p>2) Then pull the braid so it loose and wide.</p><p>3)Twist it into a bun and secure with pins. So pretty!</p><p>For more wedding hair ideas check out the links below&#8230;.</p><p><a href="http://www.oncewed.com/61212/diy-wedding/accessories/a-tutorial-on-long-hair-wedding-hair-updos/"  target="_blank">Wedding Hairstyles for Long Hair</a></p><p><a href="http://www.oncewed.com/58375/wedding-blog/natural-wedding-hair-and-wedding-hair-updos/"  target="_blank">Wedding Hair Updoas</a></p><p><a href="http://www.oncewed.com/64424/wedding-blog/diy-wedding/wedding-hairstyles-for-long-hair-tutorial/"  target="_blank">Wedding Hairstyles for Long Hair II</a></p><p>(Please let us know if you know the original source for this tutorial so we can credit!)</p></div>`;

const COMMENT = `<a name="comments"></a><div class="comment"><div class="comment_header"><div class="comment_name"> <span> <a href="http://www.duryeaplace.com" rel='external nofollow' class='url'>Jennie - Duryea Place Designs</a> writes </span></div><div class="comment_date">11/09/12 at 11:18 am</div></div><div class="line"></div><p>This is so pretty and looks simple enough!  I&#8217;ll have to give it a try this weekend!</p></div>`;

/** The post's page; `headline` is how its header sets the headline. */
function page(headline = '<h1>Fishtail Bun Wedding Hair Tutorial</h1>'): string {
  return `<html><head><title>Fishtail Bun Wedding Hair Tutorial | Wedding Updos Ideas | DIY Wedding Blog | Once Wed</title>
<meta property="og:site_name" content="Once Wed" />
<meta property="og:type" content="website" />
<meta property="og:title" content="Fishtail Bun Wedding Hair Tutorial" /></head>
<body><div id="contentContainer"><div id="content"><div class="blog">
<div class="post" title="http://www.oncewed.com/65628/wedding-blog/diy-wedding/fishtail-bun-wedding-hair-tutorial/">
<div class="blog_header"><div class="blog_date">11.08.12</div><div class="blog_category"> DIY Wedding</div><div class="blog_title">${headline}</div></div>
<div class="line"></div>${POST}</div>
<div class="line"></div><div class="blog_footer"> <a href="#respond">one comment</a> &ndash; <a href=" http://www.oncewed.com/65628/wedding-blog/diy-wedding/fishtail-bun-wedding-hair-tutorial/">permalink</a></div>
${COMMENT}
</div></div></div></body></html>`;
}

describe('a keyword title over a post whose only <h1> heads its text (run X)', () => {
  it('takes the tutorial titled "{headline} | Wedding Updos Ideas | DIY Wedding Blog | Once Wed"', async () => {
    expect(await at(page())).toBe(true);
  });

  it('still reads the title as a landing page’s when no <h1> heads the text (the headline a classed <div>)', async () => {
    expect(await at(page('Fishtail Bun Wedding Hair Tutorial'))).toBe(false);
  });
});
