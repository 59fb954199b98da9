// Run R's rules (issue #12, dragnet's 2012 news and blog pages): short dated posts of the blog software of their
// time. A post's date set as a heading of its own (Blogger's and TypePad's "date-header") is its dateline; a log-in
// box in the sidebar of a dated post does not make it a login wall. Each rule with the near miss it must not catch:
// small pages built in the shape the dev pages showed, around sentences taken from them.
import { describe, expect, it } from 'vitest';
import { verdictAt } from './verdict';

/** A 2012 blog's chrome: a header, a sidebar (with `sidebar` in it, a log-in box or nothing), a footer. */
function blog(title: string, main: string, sidebar = ''): string {
  const links = Array.from({ length: 5 }, (_, i) => `<li><a href="/search/label/topic-${i}">Topic ${i}</a></li>`).join(
    '',
  );
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div id="header"><a href="/">The Blog</a></div>
<div id="main">${main}</div>
<div id="sidebar"><h2>Labels</h2><ul>${links}</ul>${sidebar}</div>
<div id="footer"><p>Powered by blog software. <a href="/feeds/posts/default">Posts (Atom)</a></p></div></body></html>`;
}

const verdict = (html: string) => verdictAt('https://blog.example/2012/11/post.html', html);

describe("a post's date set as a heading of its own", () => {
  const TITLE = 'Cool Cat Teacher Blog: Teach This! Teaching with lesson plans and ideas that rock 11/05/2012';
  /** A link post of two sentences (about 230 characters): shorter than a titled page needs without its date. */
  const body =
    '<div class="post-body">A fantastic example of how a teacher takes his students through the video creation process for Flat Classroom along with some wonderful handouts. If you teach video, you will get some ideas here. Students will also benefit from it.</div>';
  const post = (date: string) =>
    `${date}<div class="post hentry"><h3 class="post-title">Teach This! Teaching with lesson plans and ideas that rock 11/05/2012</h3>${body}</div>`;
  const dateHeader = (day: number) =>
    `<h2 class="date-header"><span>Monday, November ${String(day).padStart(2, '0')}, 2012</span></h2>`;

  it('reads a two-sentence post under its title and its date header as an article', async () => {
    expect(await verdict(blog(TITLE, post(dateHeader(5))))).toBe(true);
  });

  it('near miss: the same post without its date header is not enough', async () => {
    expect(await verdict(blog(TITLE, post('')))).toBe(false);
  });

  it("near miss: a blog's front page of five such posts, each under its date header, is a list of dated posts", async () => {
    const posts = [5, 4, 3, 2, 1].map((d) => post(dateHeader(d))).join('');
    expect(await verdict(blog('Cool Cat Teacher Blog', posts))).toBe(false);
  });
});

describe('a log-in box beside a short dated post', () => {
  const TITLE = 'Kool A.D. – “Manny Pacquiao” Video - Stereogum';
  /** A video post of four sentences (about 420 characters), short of what an undated page with a password needs. */
  const POST =
    '<h2 class="posttitle"><a href="/1193682/kool-a-d-manny-pacquiao-video/news/">Kool A.D. – “Manny Pacquiao” Video</a></h2>' +
    '<div class="postmetadata">DATE by <a href="/author/tombreihan/">Tom Breihan</a></div>' +
    '<div class="entry"><p>Earlier this year, Das Racist rapper Kool A.D. released his Bay-centric <em><a href="/1012172/">51</a></em> mixtape. And now the spare and laconic “Manny Pacquiao,” one of the standout tracks from the tape, has a video in which Kool A.D. hangs out on a farm with an assault rifle, a crossbow, some dancing girls, a pizza, some goats, and Lakutis in an American Gothic costume. Everyone involved clearly had some fun making this one. Watch it below.</p></div>';
  const LOGIN =
    '<div class="login"><h2>Log in</h2><form action="/wp-login.php" method="post"><input type="text" name="log"><input type="password" name="pwd"><input type="submit" value="Log In"></form></div>';

  it('reads the dated post as an article, its log-in box as the sidebar it is', async () => {
    expect(await verdict(blog(TITLE, POST.replace('DATE', 'November 6, 2012'), LOGIN))).toBe(true);
  });

  it('near miss: the same post with no date is still held to the log-in rule', async () => {
    expect(await verdict(blog(TITLE, POST.replace('DATE', 'Today'), LOGIN))).toBe(false);
  });

  it('near miss: a log-in page with a dated notice of two sentences is a login wall', async () => {
    const wall =
      '<h1>Log in to Stereogum</h1><div class="notice">November 6, 2012</div><p>You must be logged in to post a comment. Enter your user name and password below, or register for a free account.</p>' +
      LOGIN;
    expect(await verdict(blog('Log in to Stereogum - Stereogum', wall))).toBe(false);
  });
});
