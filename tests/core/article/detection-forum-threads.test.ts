// Run W's rule (issue #12, the claimed side): a forum thread is not an article, whatever its board host declares.
// Trimmed from a board on forumieren.com, Forumotion's German host (trafilatura `wolfsrebellen-netz.forumieren.com.
// regeln`, a dev non-article): the forum's rules and three more posts (two addenda and an ad slot), each in the
// board's `postbody` markup, under `og:type=article`, which the host puts on every topic. Lede claimed it as a
// declared article of 340 characters.
import { describe, expect, it } from 'vitest';
import { verdictAt } from './verdict';

const verdict = (html: string) => verdictAt('https://wolfsrebellen-netz.forumieren.com/t7-forums-regeln', html);

const RULES = `<div align="justify"><br /><strong><font color="#ff0000">Forums - Regeln</font><br /></strong><br />Wir pflegen hier ein sehr freundschaftliches Miteinander und wünschen uns, dass es auch so bleibt. Meinungsverschiedenheiten kann es immer mal geben, wir bitten dies unter den beteiligten Parteien ausmachen zu wollen, nicht dass wir alle darunter leiden müssen. Ein freundliches Wort öffnet Toren, auch Herzen. Meist sind es nur Kleinigkeiten die schnell beigelegt werden, wenn man es höflich und offen anspricht.<br /><br />Mobbing, Hetze und der gleichen werden nicht geduldet und führen bei der 2. Abmahnung zum sofortigen Ausschluss aus diesem Forum.<br /><br />Niemand verlangt, dass sich ein Mitglied jeden Tag einloggen soll. Doch ab und an wenn du Lust und Zeit hast, das ist super und auch gewünscht. Stellt ein Mitglied fest, dass es doch nicht das ist was es sich vorgestellt hat, so ist es mehr als fair wenn man sich wieder abmeldet.<br /><br />Jedes Mitglied schreibt in eigener Verantwortung. Diese Beiträge müssen nicht die Meinung des Betreibers beinhalten. Beiträge mit anzüglichen, Nazi-Parolen oder ähnlichen Inhalts (was gegen das Gesetz ist) wird bei Bekanntwerden umgehend gelöscht.<br /><br />Nun wünschen wir viel Spaß und Freude im Forum.<br /><br />gez. Admin lupa<br />(Forumsleitung)<br /></div>`;

const SECOND = `<strong><font color="#000099">2. Nachtrag</font></strong><br /><br />Das neue Mitglied bekommt nach dem 3. Beitrag ein eigenes Forum eingerichtet. Hier kann er über sich erzählen, Bilder hoch laden, Notizen machen und vieles mehr. Das eigene Forum ist im Mitglieder-Forum zu finden und von außen nicht einsehbar.<br /><br />Zu diesem Zeitpunkt wird auch der Avatar des neuen Mitgliedes in das Schaufenster (rechte Spalte auf der Startseite, wie auch im Portal) aufgenommen.<br /><br /><strong>Warum das so ist?</strong><br />In der Vergangenheit haben wir dies gleich nach der Anmeldung angelegt, doch wie so oft hätten wir uns diese Arbeit ersparen können, weil die Neu-User sich nie ins Forum eingeloggt hatten.`;

const THIRD = `30.05.2014 23:07:56  <font color="#006666">]b]3. Nachtrag[/b]</font><br /><br />NEU:<br /><br />ab sofort werden die User,  die in den ersten 3 Tage nach Anmeldung sich noch nie eingeloggt haben, als FAN's geführt. <br />So müssen wir nicht fortwährend löschen und die Leser können erkennen, dass diese User quasi nicht da sind. Denn es ist blöd, da stehen X User in der Mitgliederliste, doch  einige liest man nie ...<br /><br />Denn nach wie vor wollen wir keine Nicks sammeln nur um eine hohe Mitgliederzahl zu erreichen, lieber bleiben wir klein aber fein ...`;

/** One post in the board's markup: the poster's box, the post's head (number, title, author and date), its entry. */
function post(id: number, n: number, when: string, entry: string): string {
  return `<div id="p${id}" class="post clearfix post--${id}"><div class="post-container"><div class="postbody clearfix">
<div class="postprofile" id="profile${id}"><div class="postprofile-head post-header"><span style="color:#990000"><strong>lupa</strong></span></div></div>
<div class="postbody-head postdetails post-header"><ul class="post-info"><li>Beitrag #${n}</li></ul>
<h3><a href="/t7-forums-regeln#${id}">Forums-Regeln</a></h3><p class="author">&nbsp;von&nbsp;<strong>lupa</strong> am ${when}</p></div>
<div class="post-entry"><div>${entry}</div><div class="clear"></div></div>
</div></div></div>`;
}

function page(posts: string[]): string {
  return `<html><head><title>Forums-Regeln</title>
<meta property="og:title" content="Forums-Regeln"/><meta property="og:site_name" content="wolfsrebellen-netz.forumieren.com"/>
<meta property="og:type" content="article" /></head>
<body><div id="main"><div id="main-content">
<ul id="navstrip" class="clearfix"><li class="begin"><a href="/forum"><span>Netzwerk der Wolfsrebellen - Info / Startseite</span></a></li>
<li><a href="/f18-wolfsrebellen-wegweiser" class="nav"><span>Wolfsrebellen - Wegweiser</span></a></li><li><a href="/f27-forums-regeln" class="nav"><span>Forums-Regeln</span></a></li></ul>
<div class="borderwrap"><div class="maintitle floated"><h3>Forums-Regeln</h3></div>
${posts.join('\n')}
</div></div></div></body></html>`;
}

describe('a forum thread is not one article, whatever the board host declares (run W)', () => {
  it('rejects the rules topic with its two addenda: three posts in the board markup', async () => {
    expect(
      await verdict(
        page([
          post(7, 1, '26/10/13, 03:48 pm', RULES),
          post(655, 2, '26/05/14, 07:41 am', SECOND),
          post(702, 3, '30/05/14, 11:17 pm', THIRD),
        ]),
      ),
    ).toBe(false);
  });

  it('near miss: the rules post alone, one post under the declaration, is read as the declared text it is', async () => {
    expect(await verdict(page([post(7, 1, '26/10/13, 03:48 pm', RULES)]))).toBe(true);
  });
});
