// Run V's rule (issue #12, the rejected side): readers' comments under a page say it is the one piece they answer.
// Trimmed from Paulo Coelho's blog post "Vacations!" of July 17, 2012 (dragnet `27`, a dev article), which Lede
// rejected: 497 characters of post, under a headline ("Vacations!") too short to count as the title repeated, above
// 94 readers' comments (eight of them here, as written, in their languages).
import { describe, expect, it } from 'vitest';
import { verdictAt } from './verdict';

const verdict = (html: string) => verdictAt('http://paulocoelhoblog.com/2012/07/17/vacations-2/', html);

const POST = `<div class="post-51981 post type-post hentry category-news post_box top" id="post-51981">
<div class="headline_area"><h1 class="entry-title">Vacations!</h1>
<p class="headline_meta">by <span class="author vcard fn">Paulo Coelho</span> on <abbr class="published" title="2012-07-17">July 17, 2012</abbr></p></div>
<div class="format_text entry-content"><div class="announcement_post">
<p>Although I enjoy my work a lot (once I tweeted: &#8220;if you do what you love, every day is a holiday&#8221;) I need to stop being in front of the computer &#8211; and this is the main reason for taking vacations. </p>
<p>I will be back by the end of August. Suphi, my webmaster, will be moderating comments. Comments in Portuguese will take longer to be moderated, as I will access the blog only once a day.<br />
As <a href="http://paulocoelhoblog.com/manuscrito-de-accra/">&#8220;Manuscrito encontrado em Accra&#8221;</a> will be released on the 25th of July, its page will be constantly updated.<br />
But the main page of the blog will not. </p>
<p>If it happens you are visiting this blog for the first time, please check the <a href="http://paulocoelhoblog.com/archivepage/">ARCHIVES</a> </p>
<p>Love</p><p>Paulo</p></div></div></div>
<div class="prev_next post_nav"><p class="previous">Previous post: <a href="/2012/07/16/the-kingdom-of-this-world-3/" rel="prev">The kingdom of this world</a></p>
<p>Next post: <a href="/2012/07/18/mandela-aniversario/" rel="next">Happy Birthday Madiba!  (PORT, ENG)</a></p></div>`;

const COMMENTS: [string, string, string][] = [
  [
    'Natalia',
    'July 31, 2012 at 8:28 pm',
    'Ayer empecé a leer el alquimista y hoy lo terminé. Siempre tus libros me atrapan y me hacen sentir algo inexplicable, me llenan de fe, de esperanza y hasta de alegría. Muchisimas gracias',
  ],
  [
    'Анна',
    'July 29, 2012 at 2:19 pm',
    'Думаю,что со смыслом рождаешься, и несешь скорбь всю свою жизнь имея любовь в сердце видишь и возвышаешься. Благодарю!',
  ],
  [
    'Atreyu',
    'July 28, 2012 at 10:33 pm',
    'Supongo que no se puede ver el mundo desde un agujero, para ver el conjunto en su totalidad hay que salir fuera, si no solo se ve un poquito, y si se quiere interpretar la realidad con solo unos pocos fragmentos, la interpretación será errónea.',
  ],
  [
    'Marie-Christine',
    'July 26, 2012 at 9:40 pm',
    'I am currently having an end of Festival Radio France vacations…. In case you are wondering.:) tudo bem<br />Boarding the tram, I noticed the name ‘Marie de Montpellier’ :)<br />We are now entering the theater … just imagine<br />The place got packed ..in no time.',
  ],
  [
    'ALEJANDRA',
    'July 25, 2012 at 10:34 pm',
    'CENTRADO EN UNO MISMO, QUIERE DECIR EN NUESTRO EJE, CENTRADOS EN LA VIDA, SABER QUE QUEREMOS P/ NUESTRA VIDA, EL ESTAR BIEN CON TU PAREJA , UNA SERIE DE COSAS QUE SE TRABAJAN DESDE UNO MISMO P/ PODER PROYECTARSE A LOS DEMAS Y ENTREGAR LO MEJOR QUE TENEMOS .SIGA ESCRIBIENDO COSAS TAN LINDAS PAULO, QUE SU MENTE DESCANSE P/ CONTINUAR CON ESTA MARAVILLOSA OBRA .ATTE. ALEJANDRA SOSA.',
  ],
  [
    'mary',
    'July 19, 2012 at 10:43 pm',
    'I hope ye have a great break.Your regular advice and stories will be missed by me and more. I have become addicted to your blog which is a good thing. Thank you for so much stuff.',
  ],
  [
    'Dinorah',
    'July 19, 2012 at 5:46 am',
    'Saudade de seus comentários desde já! Mas todos precisamos desse momento para reenergizar! Que o lançamento do livro seja um sucesso e que no seu retorno tenhamos muitas historias a compartilhar! Love always!',
  ],
  [
    'Flechis',
    'July 18, 2012 at 11:16 pm',
    'Hi Paulo. How are you doing? I’m an English teacher and I like teaching although it’s not my favourite thing above all.',
  ],
];

/** The theme's comment list: a <dt> with the commenter's name and time, a <dd> with the comment's body. */
function comments(list: [string, string, string][]): string {
  const items = list
    .map(
      ([who, when, text], i) => `<dt class="comment depth-1" id="comment-${853376 - i}">
<span class="comment_author">${who}</span> <span class="comment_time">${when}</span></dt>
<dd class="comment depth-1"><div class="format_text" id="comment-body-${853376 - i}"><p>${text}</p>
<p class="reply"><a class="comment-reply-link" href="?replytocom=${853376 - i}#respond">Reply</a></p></div></dd>`,
    )
    .join('\n');
  return `<div id="comments"><div id="comments_intro" class="comments_intro"><p><span>94</span> comments&#8230; read them below or <a href="#respond">add one</a></p></div>
<dl id="comment_list">${items}</dl></div>`;
}

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Vacations! — Paulo Coelho&#039;s Blog</title></head>
<body class="custom"><div id="container"><div id="page">
<ul class="menu"><li><a href="http://paulocoelhoblog.com">Home</a></li><li><a href="http://www.paulocoelho.com">website</a></li>
<li><a href="/e-cards/">e-Cards</a></li><li><a href="/archivepage/">Archives</a></li><li><a href="/category/videocasts/">Videocasts</a></li></ul>
<div id="header"><p id="logo"><a href="http://paulocoelhoblog.com">Paulo Coelho&#039;s Blog</a></p></div>
<div id="content_box"><div id="content" class="hfeed">${body}</div></div></div></div></body></html>`;
}

describe('a short post under its readers’ comments', () => {
  it('reads the post of 497 characters above its comments as an article', async () => {
    expect(await verdict(page(POST + comments(COMMENTS)))).toBe(true);
  });

  it('near miss: the same post with no comments is too little for an untitled page', async () => {
    expect(await verdict(page(POST))).toBe(false);
  });

  it('near miss: two comments (under 1,000 characters of readers’ prose) do not make the page one piece', async () => {
    expect(await verdict(page(POST + comments(COMMENTS.slice(0, 2))))).toBe(false);
  });
});
