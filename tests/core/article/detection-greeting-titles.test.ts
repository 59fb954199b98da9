// Run W's rule (issue #12, the claimed side): a title that only greets and names the site is a front page's.
// Trimmed from the Oswestry town site's root page (CleanEval `622`, a dev non-article: "Welcome to Oswestry"), which
// Lede claimed: its introduction of the town is one long block of prose in a table cell, under a menu and the
// distances to the next towns, with no heading and no declaration.
import { describe, expect, it } from 'vitest';
import { isGreetingTitle } from '../../../core/article/page-signals';
import { verdictAt } from './verdict';

// Read at an inner address: at the site's root the address alone says "front page" (run AC), and this file is
// about what the title says.
const verdict = (title: string) => verdictAt('http://www.oswestry.com/town.html', page(title));

const INTRO = `Oswestry
        is an ancient market town located in the North of Shropshire close by
        the English - Welsh Border. Its strategic position as a 'frontier town'
        has given it a turbulent history. Today the town still retains its vital
        function as a market and shopping centre serving North West Shropshire
        and Mid Wales. The narrow passageways link streets whose names conjure
        up images of the past: English Walls, Welsh Walls, The Bailey and the
        Horsemarket. It is a locally important shopping and agricultural centre
        and still retains the intimacy of a rural town serving local people and
        home to a number of specialist and independent shops.<br>
        <br>
        The origins of the town are uncertain although the towns market dates
        back to 1190. The name Oswestry is thought to be a corruption of
        'Oswald's Tree' and the legend that Oswald the Christian King of
        Northumbria fought a great battle against the pagan King of Mercia -
        Penda. Oswald was defeated and killed in the battle. Penda - as a
        warning to others who might challenge his rule - dismembered Oswald's
        body and hung his limbs on the branches of a tree - hence the name 'Oswalds
        Tree'.<br>
        <br>
        Oswestry's first school founded in 1407 is now a Heritage centre and
        holds regular exhibitions of local arts and crafts. The town Tourist
        Information Centre can be found in the same building.<br>
        <br>
        Most of the town centre has been designated a Conservation Area
        conveying a mixture of architectural styles. There are many old timber
        framed houses, for example Llywd Mansion on Cross Street, the Heritage
        Centre, the Blackgate, the Fox Inn and the shops along Beatrice Street.
        Georgian architecture is also represented particularly around St
        Oswald's Church where there are a number of imposing town houses
        complete with grand entrance staircases and front doors.<br>`;

function page(title: string): string {
  return `<html><head><title>${title}</title></head>
<body text="#000000" link="#FF0000" vlink="#FF0000" topmargin="0" bgcolor="#FFFFFF">
<table border="0" width="100%"><tr><td>
<table border="0" cellpadding="0" cellspacing="0" width="500"><tr>
<td><a href="stay.html"><img src="images/oswestry_r4_c6.gif" width="80" height="11" border="0"></a></td>
<td><a href="ellesmere.html"><img src="images/oswestry_r5_c4.gif" width="80" height="9" border="0"></a></td>
<td><a href="photos.html"><img src="images/oswestry_r5_c10.gif" width="80" height="9" border="0"></a></td>
</tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr>
<td><a href="http://freemail.croeso.com" target="NEW"><img src="http://www.croeso.com/logos/getemail.gif" alt="Get Your Free Email Address @croeso.com" border="0" width="100" height="25"></a></td>
<td><a href="http://www.chirk.com"><font size="2" face="Arial"><strong>Chirk</strong></font></a><font size="2" face="Arial"><strong>
        7 miles - </strong></font><a href="http://www.welshpool.com"><font size="2" face="Arial"><strong>Welshpool</strong></font></a><font size="2" face="Arial"><strong>
        16 miles</strong></font></td>
</tr></table>
</td></tr></table>
<hr size="1" color="#00CC00">
<table border="0" width="100%"><tr><td width="100%">
<p align="justify"><img src="photos/oswestry.jpg" align="right" hspace="0" width="400" height="300"><font size="2" face="Arial"><strong>${INTRO}</strong></font></p>
</td></tr></table>
</body></html>`;
}

describe('a title that only greets is a front page (run W)', () => {
  it('rejects the town site\'s front page, titled "Welcome to Oswestry"', async () => {
    expect(await verdict('Welcome to Oswestry')).toBe(false);
  });

  it('still takes the same text under a title that names its subject (the title alone decides here)', async () => {
    expect(await verdict('Oswestry in Shropshire England - History of the Town')).toBe(true);
  });

  it.each([
    ['Welcome to Oswestry', true],
    ['Welcome To The Book Pl@ce', true],
    // Real article titles that open with a greeting: a headline behind the site's greeting, and a headline.
    ['Welcome to www.dailyrecord.com - Giants - \nEli Manning continues to thrive', false],
    ['Welcome To The TechCrunch Gadgets 2012 Gift Guide | TechCrunch', false],
    ['Welcome — Sphinx documentation', false],
    ['President Obama Welcomes 2012 International AIDS Conference Attendees', false],
  ])('isGreetingTitle(%j) is %s', (title, expected) => {
    expect(isGreetingTitle(title)).toBe(expected);
  });
});
