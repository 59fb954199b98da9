// Run W's rule (issue #12, the rejected side): a titled page among cards that also says it is one piece, by a
// dateline or by its readers' comments, needs what a titled page needs (300 characters), not a listing's 600.
// Trimmed from MSNBC's "What we're reading: Thursday, May 23, 2013" (CleanPortalEval `tv.msnbc.com_news_12`, a dev
// article), which Lede rejected: 461 characters in two paragraphs under its headline and dateline, beside a sidebar
// of related stories, latest videos and top issues (14 linked headlines: listing-shaped). And from FanNation's "Gonzalez:
// Falcons first loss will make us better" (dragnet `R859`, a dev article, rejected): a rumour of 413 characters under
// its linked headline, nine readers' comments, and the network's menus of 21 linked headings.
import { describe, expect, it } from 'vitest';
import { verdictAt } from './verdict';

const verdict = (html: string) =>
  verdictAt('http://tv.msnbc.com/2013/05/23/what-were-reading-thursday-may-23-2013/', html);

const DATELINE = '<div class="date published time">6:29 AM on 05/23/2013</div>';

const POST = `<p>President Obama is making a wide-ranging speech at the National Defense University, discussing the detention facility in Guantanamo Bay and the administration&#8217;s policy on <a href="http://openchannel.nbcnews.com/_news/2013/05/22/18429089-in-first-public-acknowledgement-holder-says-4-americans-died-in-us-drone-strikes?lite" target="_blank">drone strikes</a>.</p> <p>In the opinion pages: Senate Minority Leader Mitch McConnell talks IRS and the <a href="http://www.washingtonpost.com/opinions/mitch-mcconnell-the-irs-scandal-and-obamas-culture-of-intimidation/2013/05/22/9c4b7de6-c2f8-11e2-914f-a7aba60512a7_story.html" target="_blank">&#8220;left-wing playbook&#8221; </a>in <em>The Washington Post</em>. Washington Senator Patty Murray and New Hampshire Senator Kelly Ayotte outline their plan to decrease <a href="http://dyn.politico.com/printstory.cfm?uuid=E0F89BD3-159F-42EB-A568-E1C046C8147B" target="_blank">sexual assaults in the military</a> in <em>Politico</em>. <em>The Wall Street Journal</em> editorial board discusses the Obama Administration&#8217;s <a href="http://online.wsj.com/article/SB10001424127887323475304578499293514955294.html" target="_blank">&#8220;lack of political accountability</a>&#8220;.</p>`;

const RELATED: [string, string][] = [
  [
    'dustin-hoffman-brainwashed-to-care-about-beauty',
    'Dustin Hoffman: &#8216;Brainwashed&#8217; to care about&nbsp;beauty',
  ],
  [
    'guns-despite-chicago-bloodshed-illinois-will-allow-concealed-carry',
    'Guns: Despite Chicago bloodshed, Illinois will allow concealed&nbsp;carry',
  ],
  [
    'top-links-yes-there-sort-of-is-a-filibuster-in-the-house-and-republicans-are-using-it',
    'Top Links: Yes, there (sort of) is a filibuster in the House, and Republicans are using&nbsp;it',
  ],
];
const VIDEOS: [string, string][] = [
  ['52431730', 'Texas House plans to vote on abortion bill'],
  ['52431526', 'Muslim Brotherhood rejects military’s timeline'],
  ['52431486', 'NTSB officials return to scene of 777 crash'],
];
const ISSUES: [string, string, string, string][] = [
  ['economy', 'Economy', 'jobs', 'Jobs'],
  ['society', 'Society', 'civil-liberties', 'Civil Liberties'],
  ['national-security', 'National Security', 'military', 'Military'],
];

function page(dateline: string, date = ': Thursday, May 23, 2013'): string {
  const related = RELATED.map(
    ([slug, title]) =>
      `<div class="post type-post hentry related-story"><h4><a href="http://tv.msnbc.com/2013/07/09/${slug}/">${title}</a></h4></div>`,
  ).join('');
  const videos = VIDEOS.map(
    ([
      id,
      title,
    ]) => `<h2><a class="external-pop" href="http://video.msnbc.msn.com/andrea-mitchell/${id}">${title}</a></h2>
<h3><a class="external-pop" href="http://video.msnbc.msn.com/andrea-mitchell/${id}">msnbc</a></h3>`,
  ).join('\n');
  const issues = ISSUES.map(
    ([a, an, b, bn]) =>
      `<h3 class="issuestitle"><a href="http://tv.msnbc.com/issues/${a}/">${an}</a>/<span class="story-name"><a href="http://tv.msnbc.com/issues/${a}/${b}/">${bn}</a></span></h3>`,
  ).join('\n');
  return `<html><head><title>What we’re reading${date} — MSNBC</title>
<meta property="og:type" content="website" /></head>
<body class="single single-post postid-145223 single-format-standard">
<div id="header"><p id="title"><a href="http://tv.msnbc.com/" title="MSNBC">MSNBC</a></p></div>
<div id="content-sidebar-wrap"><div id="content" class="hfeed">
<h1 class="entry-title">What we&#8217;re reading${date}</h1>
<div class="post-info"><span class="author vcard"><span class="fn"><a href="http://tv.msnbc.com/author/rbosh1210/" rel="author">Rick Bosh</a></span></span>${dateline}</div>
<div class="post-145223 post type-post status-publish format-standard hentry"><div class="entry-content">${POST}</div></div>
<div class="related-content"><div class="related-stories"><h4 class="widgettitle">Related Stories</h4>${related}</div></div>
</div>
<div id="sidebar" class="sidebar widget-area">
<h4 class="widgettitle"><a class="light-blue external-pop" href="http://video.msnbc.msn.com/msnbc/34510812">Latest videos</a> Andrea Mitchell</h4>
${videos}
<h4 class="widgettitle">Top Issues</h4>
${issues}
<h4 class="widgettitle"><a class="light-blue" href="http://www.facebook.com/AndreaMitchellMSNBC?fref=ts">Andrea Mitchell</a> On Facebook</h4>
</div></div>
</body></html>`;
}

describe('a titled piece among cards that is dated needs a titled page’s prose (run W)', () => {
  it('takes the dated reading list beside its sidebar of 14 linked headlines', async () => {
    expect(await verdict(page(DATELINE))).toBe(true);
  });

  it('still rejects it with its date taken out of the headline and the dateline: undated among cards, 600', async () => {
    expect(await verdict(page('', ''))).toBe(false);
  });
});

const RUMOUR = `<p class="tr-body"><span class="tr-date">11:22 AM ET&nbsp;11.12 |</span> The Atlanta Falcons lost on Sunday, their first of the season. The Saints upended the Falcons, 31-27, after Atlanta was unable to score in the game's final minutes. Even though it was a loss, Falcons tight end Tony Gonzalez said there are benefits to it. "It's going to make us a better football team," Gonzalez said. "I guarantee it." Gonzalez had 11 receptions and two touchdowns in the loss.</p>
<p class="tr-source"><em><a href="http://www.nfl.com/news/story/0ap1000000093674/article/matt-ryan-atlanta-falcons-must-decide-how-loss-will-shape-them" target="_blank">NFL.com</a></em></p>`;

/** The page's comment section as published, nine comments (two quote an earlier one); only scripts, click handlers,
 * avatars and profile links are taken out. */
const FAN_COMMENTS = `<div id="comments" class="article-comments"> <div id="comments_pages" class="comments-page clearfix"> <div class="comments-header clearfix"> <h4> <a href="#"> Comments <span id="comment_count_TruthRumor_348552"> (9) </span> <span class="add-comment"> Add A Comment </span> </a> </h4> </div>
<div id="comment_18073333" class="comment-wrap clearfix"> <div class="comment-inner clearfix"> <div class="comment-content"> <div class="comment-date">November 12, 2012&nbsp;&nbsp;11:33 AM ET</div> <div class="comment-tools"> <a class="report_this" href="#">Report Abuse</a> | <strong> <a href="#">QUOTE</a> </strong> </div> <div class="comment-body clear"> <p id="comment_body_18073333"> Maybe. Didn't seem to work out so well for the Packers last year. </p> </div> </div> <div class="comment-user_info clearfix"> <div class="clearfix"> <div class="seq">1</div>   </div> <div class="comment_fanmail_container" id="fanmail_message_container_18073333"></div> <div class="comment_user_data"> <p class="username"><a href="/users/view_user_profile/22304">Jakester</a></p> <p>Total Comments (<span class="loud">920</span>)</p> </div> </div> </div> </div>
<div id="comment_18073464" class="comment-wrap clearfix"> <div class="comment-inner clearfix"> <div class="comment-content"> <div class="comment-date">November 12, 2012&nbsp;&nbsp;11:51 AM ET</div> <div class="comment-tools"> <a class="report_this" href="#">Report Abuse</a> | <strong> <a href="#">QUOTE</a> </strong> </div> <div class="comment-body clear"> <p id="comment_body_18073464"> The Aints feel better, the 72 Dolphins feel better, the Falcons will be better, Its all good! </p> </div> </div> <div class="comment-user_info clearfix"> <div class="clearfix"> <div class="seq">2</div>   </div> <div class="comment_fanmail_container" id="fanmail_message_container_18073464"></div> <div class="comment_user_data"> <p class="username"><a href="/users/view_user_profile/1776305">Mangler.</a></p> <p>Total Comments (<span class="loud">10263</span>)</p> </div> </div> </div> </div>
<div id="comment_18073759" class="comment-wrap clearfix"> <div class="comment-inner clearfix"> <div class="comment-content"> <div class="comment-date">November 12, 2012&nbsp;&nbsp;12:22 PM ET</div> <div class="comment-tools"> <a class="report_this" href="#">Report Abuse</a> | <strong> <a href="#">QUOTE</a> </strong> </div> <div class="comment-body clear"> <p id="comment_body_18073759"> Is this fool trying to be a coach ? </p> </div> </div> <div class="comment-user_info clearfix"> <div class="clearfix"> <div class="seq">3</div>   </div> <div class="comment_fanmail_container" id="fanmail_message_container_18073759"></div> <div class="comment_user_data"> <p class="username"><a href="/users/view_user_profile/2280907">Eagles in 2020</a></p> <p>Total Comments (<span class="loud">1531</span>)</p> </div> </div> </div> </div>
<div id="comment_18073807" class="comment-wrap clearfix"> <div class="comment-inner clearfix"> <div class="comment-content"> <div class="comment-date">November 12, 2012&nbsp;&nbsp;12:27 PM ET</div> <div class="comment-tools"> <a class="report_this" href="#">Report Abuse</a> | <strong> <a href="#">QUOTE</a> </strong> </div> <div class="comment-body clear"> <p id="comment_body_18073807"> I know it's not their fault that the rest of the league sucks, but Atlanta has only beaten one team with a winning record, and that was the Broncos way back in week 2.<br /><br />Does anyone else see them waltzing into the playoffs with ease and then going one-and-done? </p> </div> </div> <div class="comment-user_info clearfix"> <div class="clearfix"> <div class="seq">4</div>   </div> <div class="comment_fanmail_container" id="fanmail_message_container_18073807"></div> <div class="comment_user_data"> <p class="username"><a href="/users/view_user_profile/728544">Debbie Does</a></p> <p>Gelatinous, MA</p> <p>Total Comments (<span class="loud">16769</span>)</p> </div> </div> </div> </div>
<div id="comment_18073835" class="comment-wrap clearfix"> <div class="comment-inner clearfix"> <div class="comment-content"> <div class="comment-date">November 12, 2012&nbsp;&nbsp;12:31 PM ET</div> <div class="comment-tools"> <a class="report_this" href="#">Report Abuse</a> | <strong> <a href="#">QUOTE</a> </strong> </div> <div class="comment-body clear"> <p id="comment_body_18073835"> I hope this guy doesn't retire. </p> </div> </div> <div class="comment-user_info clearfix"> <div class="clearfix"> <div class="seq">5</div>   </div> <div class="comment_fanmail_container" id="fanmail_message_container_18073835"></div> <div class="comment_user_data"> <p class="username"><a href="/users/view_user_profile/7077">THE BISHOP!</a></p> <p>Total Comments (<span class="loud">10080</span>)</p> </div> </div> </div> </div>
<div id="comment_18073954" class="comment-wrap clearfix"> <div class="comment-inner clearfix"> <div class="comment-content"> <div class="comment-date">November 12, 2012&nbsp;&nbsp;12:48 PM ET</div> <div class="comment-tools"> <a class="report_this" href="#">Report Abuse</a> | <strong> <a href="#">QUOTE</a> </strong> </div> <div class="comment-body clear"> <blockquote> <h6>QUOTE(#5):</h6> <div class="quote_byline">Originally posted 12:31 PM ET&nbsp;&nbsp;11.12 by <a href="/users/view_user_profile/7077">THE BISHOP!</a> </div> <p>I hope this guy doesn't retire.</p> </blockquote> <p id="comment_body_18073954"> If he gets a ring this year, I think he will. And he may anyway.<br /><br />Great career, but nobody but Al Davis can live forever. </p> </div> </div> <div class="comment-user_info clearfix"> <div class="clearfix"> <div class="seq">6</div>   </div> <div class="comment_fanmail_container" id="fanmail_message_container_18073954"></div> <div class="comment_user_data"> <p class="username"><a href="/users/view_user_profile/728544">Debbie Does</a></p> <p>Gelatinous, MA</p> <p>Total Comments (<span class="loud">16769</span>)</p> </div> </div> </div> </div>
<div id="comment_18074298" class="comment-wrap clearfix"> <div class="comment-inner clearfix"> <div class="comment-content"> <div class="comment-date">November 12, 2012&nbsp;&nbsp;01:33 PM ET</div> <div class="comment-tools"> <a class="report_this" href="#">Report Abuse</a> | <strong> <a href="#">QUOTE</a> </strong> </div> <div class="comment-body clear"> <blockquote> <h6>QUOTE(#4):</h6> <div class="quote_byline">Originally posted 12:27 PM ET&nbsp;&nbsp;11.12 by <a href="/users/view_user_profile/728544">Debbie Does</a> </div> <p>I know it's not their fault that the rest of the league sucks, but Atlanta has only beaten one team with a winning record, and that was the Broncos way back in week 2.Does anyone else see them waltzing into the playoffs with ease and then going one-and-done?</p> </blockquote> <p id="comment_body_18074298"> I suspect you are correct DD </p> </div> </div> <div class="comment-user_info clearfix"> <div class="clearfix"> <div class="seq">7</div>   </div> <div class="comment_fanmail_container" id="fanmail_message_container_18074298"></div> <div class="comment_user_data"> <p class="username"><a href="/users/view_user_profile/2280907">Eagles in 2020</a></p> <p>Total Comments (<span class="loud">1531</span>)</p> </div> </div> </div> </div>
<div id="comment_18075562" class="comment-wrap clearfix"> <div class="comment-inner clearfix"> <div class="comment-content"> <div class="comment-date">November 12, 2012&nbsp;&nbsp;04:17 PM ET</div> <div class="comment-tools"> <a class="report_this" href="#">Report Abuse</a> | <strong> <a href="#">QUOTE</a> </strong> </div> <div class="comment-body clear"> <blockquote> <h6>QUOTE(#4):</h6> <div class="quote_byline">Originally posted 12:27 PM ET&nbsp;&nbsp;11.12 by <a href="/users/view_user_profile/728544">Debbie Does</a> </div> <p>I know it's not their fault that the rest of the league sucks, but Atlanta has only beaten one team with a winning record, and that was the Broncos way back in week 2.Does anyone else see them waltzing into the playoffs with ease and then going one-and-done?</p> </blockquote> <p id="comment_body_18075562"> It's their history. Maybe next year they will draw some tougher competition--that would either help prepare them for the post-season, or show up the holes in their game. </p> </div> </div> <div class="comment-user_info clearfix"> <div class="clearfix"> <div class="seq">8</div>   </div> <div class="comment_fanmail_container" id="fanmail_message_container_18075562"></div> <div class="comment_user_data"> <p class="username"><a href="/users/view_user_profile/797946">Traded to Seattle</a></p> <p>Salem , OR</p> <p>Total Comments (<span class="loud">1200</span>)</p> </div> </div> </div> </div> <div id="last_comment">&nbsp;</div>
<div id="comment_18075615" class="comment-wrap clearfix"> <div class="comment-inner clearfix"> <div class="comment-content"> <div class="comment-date">November 12, 2012&nbsp;&nbsp;04:29 PM ET</div> <div class="comment-tools"> <a class="report_this" href="#">Report Abuse</a> | <strong> <a href="#">QUOTE</a> </strong> </div> <div class="comment-body clear"> <blockquote> <h6>QUOTE(#8):</h6> <div class="quote_byline">Originally posted 04:17 PM ET&nbsp;&nbsp;11.12 by <a href="/users/view_user_profile/797946">Traded to Seattle</a> </div> <p>It's their history. Maybe next year they will draw some tougher competition--that would either help prepare them for the post-season, or show up the holes in their game.</p> </blockquote> <p id="comment_body_18075615"> You guys are acting like they got stomped or something.<br />It was a VERY close game, could have gone either ways.<br />Give some credit to the team and the coaching staff. </p> </div> </div> <div class="comment-user_info clearfix"> <div class="clearfix"> <div class="seq">9</div>   </div> <div class="comment_fanmail_container" id="fanmail_message_container_18075615"></div> <div class="comment_user_data"> <p class="username"><a href="/users/view_user_profile/14414">ESPN</a></p> <p>Atlanta , GA</p> <p>Total Comments (<span class="loud">1363</span>)</p> </div> </div> </div> </div> </div> </div></div>`;

const MENUS: [string, string][] = [
  ['/', 'Truth &amp; Rumors'],
  ['/si_blogs', 'Blogs'],
  ['/blogs/show/1049114-asifyouknows-blog', "asifyouknow's Blog"],
  ['/blogs/show/491996-stack-attacks-blog', "Stack Attack's Blog"],
  ['/si_blogs/for_the_record', 'For the Record'],
  ['http://sportsillustrated.cnn.com/fantasy/', 'Fantasy Plus'],
  ['http://www.fansided.com', 'FanSided Network'],
  ['http://www.sbnation.com/', 'SB Nation'],
  ['http://sportsillustrated.cnn.com/extramustard', 'Hot Clicks'],
  ['http://sportsillustrated.cnn.com/', 'SI.com'],
  ['/truth_and_rumors/', 'Truth &amp; Rumors'],
  ['/message_boards/', 'Message Boards'],
  ['/blogs/', 'Blogs'],
  ['/community/', 'Community'],
  ['/throwdowns/', 'Throwdowns'],
];

function rumourPage(withComments: boolean): string {
  const menus = MENUS.map(([href, name]) => `<h3><a href="${href}">${name}</a></h3>`).join('\n');
  return `<html><head><title>Gonzalez: Falcons first loss will make us better - NFL - Rumors - FanNation</title></head>
<body><div id="page">
<h2 class="tr_with_sponsor"><a href="/" title="Truth &amp; Rumors">Truth &amp; Rumors</a> <span class="arrow">&gt;</span> NFL</h2>
<h1><a href="/truth_and_rumors/view/348552-gonzalez-falcons-first-loss-will-make-us-better">Gonzalez: Falcons first loss will make us better</a></h1>
<div class="tr_item-left_col">${RUMOUR}</div>
${withComments ? FAN_COMMENTS : ''}
<div id="footer">${menus}</div>
</div></body></html>`;
}

describe("a titled piece among cards under its readers' comments needs a titled page's prose (run W)", () => {
  const at = (html: string) => verdictAt('http://www.fannation.com/truth_and_rumors/view/348552', html);

  it('takes the rumour of 413 characters above its nine comments, beside 15 linked menu headings', async () => {
    expect(await at(rumourPage(true))).toBe(true);
  });

  it('still rejects the same rumour without its comments: undated among cards, 600', async () => {
    expect(await at(rumourPage(false))).toBe(false);
  });
});
