// Run AA (issue #12, the claimed side): a page whose text sits among many fields to fill in is a search or a form.
// Trimmed from CareerBuilder's "Lancaster Data Entry Jobs" (CleanEval `dev/5`, a dev non-article Lede claimed):
// the advanced search (keywords, places, a dozen <select>s, checkboxes) sits in the same column as the results,
// whose blurbs read as prose. The layout is simplified (the blurbs set as paragraphs); the fields and the text are
// the page's. The near miss is a story whose column holds a search box and a comment form.
import { describe, expect, it } from 'vitest';
import { isFormPage } from '../../../core/article/article-rule';
import { measurePage } from '../../../core/article/index';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { verdictAt } from './verdict';

const url = 'http://admin-clerical.careerbuilder.com/ac.ic/Pennsylvania_Lancaster_DataEntry.htm';

const select = (name: string, options: string[]) =>
  `<select name="S_New:AdvSearch:${name}">${options.map((o) => `<option>${o}</option>`).join('')}</select>`;

/** The advanced search of the page: its text fields, its <select>s and its checkboxes (hidden fields and buttons too). */
const ADVANCED_SEARCH = `<form id="S_New_AdvSearch_frmAdvancedSearchBox" action="/jobseeker/jobs/jobresults.aspx" method="Get">
<table>
<tr><td>Keywords <input name="S_New:AdvSearch:s_rawwords" type="text"> ${select('s_use', ['All Words', 'Any Words', 'Exact Phrase', 'Boolean'])}</td></tr>
<tr><td>City <input name="S_New:AdvSearch:s_city" type="text"> State <input name="S_New:AdvSearch:s_state" type="text"> ZIP <input name="S_New:AdvSearch:s_zip" type="text"> ${select('s_radius', ['5 miles', '10 miles', '30 miles', '50 miles'])}</td></tr>
<tr><td>Posted within ${select('s_freshness', ['Last 3 days', 'Last 7 days', 'Last 30 days'])} Category ${select('s_pdq', ['Admin - Clerical', 'Data Entry', 'Customer Service'])}</td></tr>
<tr><td>Education ${select('s_education', ['Not Specified', 'High School', 'Bachelor'])} Pay ${select('s_paylow', ['$0', '$20K', '$40K'])} to ${select('s_payhigh', ['$40K', '$80K', 'Any'])}</td></tr>
<tr><td>Company <input name="S_New:AdvSearch:s_company" type="text"> Title <input name="S_New:AdvSearch:s_title" type="text"> Exclude <input name="S_New:AdvSearch:s_exclude" type="text"></td></tr>
<tr><td>Job ID <input name="S_New:AdvSearch:s_jobid" type="text"> Skills <input name="S_New:AdvSearch:s_skills" type="text">
Certifications <input name="S_New:AdvSearch:s_cert" type="text"> Near <input name="S_New:AdvSearch:s_near" type="text">
Experience ${select('s_exp', ['Any', '1 year', '3 years'])}</td></tr>
<tr><td>Employment type
<input type="checkbox" name="S_New:AdvSearch:s_ft"> Full time <input type="checkbox" name="S_New:AdvSearch:s_pt"> Part time
<input type="checkbox" name="S_New:AdvSearch:s_ct"> Contractor <input type="checkbox" name="S_New:AdvSearch:s_in"> Intern
<input type="checkbox" name="S_New:AdvSearch:s_se"> Seasonal <input type="checkbox" name="S_New:AdvSearch:s_tm"> Temporary
<input type="checkbox" name="S_New:AdvSearch:s_vo"> Volunteer <input type="checkbox" name="S_New:AdvSearch:s_ph"> Per diem</td></tr>
<tr><td>Sort by ${select('s_sort', ['Relevance', 'Date', 'Pay'])} Jump to page ${select('s_page', ['1'])} Per page ${select('s_per', ['25', '50', '100'])}
Language ${select('s_lang', ['English', 'Spanish'])} Industry ${select('s_ind', ['Accounting', 'Retail', 'Healthcare'])}</td></tr>
<tr><td>E-mail me jobs like these <input name="S_New:AdvSearch:s_email" type="text"> Friend's e-mail <input name="J:EmailJob:To" type="text">
Your name <input name="J:EmailJob:From" type="text"> <textarea name="J:EmailJob:MessageBody" cols="44"></textarea></td></tr>
</table>
<input name="cbsid" type="hidden" value="601aed98"><input name="excrit" type="hidden" value="QID=A6653285264773">
<input type="submit" value="Find Jobs">
</form>`;

const RESULTS = `<p><a href="/JobSeeker/Jobs/JobDetails.aspx?job_did=J3G0RB5W7YLLV0WBF0N">T-OT-Administrative Assistant</a>
Job type: Contractor | Pay: $0.00 - $10.00/hour. Classification: Temporary Compensation: Pay up to $10.00 per hour
Local CPA firm is seeking a qualified Administrative Assistant. The ideal candidate...</p>
<p><a href="/JobSeeker/Jobs/JobDetails.aspx?job_did=J7X7HJ6SMN7Y9B6J4QF">Customer Service Positions</a> Job type: Part
time. Customer Service Representatives Looking for a career with advancement opportunities? Come work for the best in
the furniture retail industry! Raymour...</p>
<p><a href="/JobSeeker/Jobs/JobDetails.aspx?job_did=J8C1TT6CKSQ1KPQ5R3D">Data Entry Clerk</a> Job type: Full time.
Classification: Temporary Compensation: $9.00 - $10.00 per hour. Local company in Lancaster is seeking a Data Entry
Clerk with excellent typing skills. The ideal candidate will have 10-key experience...</p>
<p><a href="/JobSeeker/Jobs/JobDetails.aspx?job_did=J3H4CF6T6KLMB1VRH2X">Receptionist / Office Assistant</a> Job type:
Full time. A growing insurance agency is looking for a friendly, professional receptionist to greet clients, answer
multi-line phones and help with data entry. Previous office experience is preferred...</p>`;

function jobSearch(form: string): string {
  return `<html><head><title>Lancaster Data Entry Jobs on CareerBuilder.com</title></head><body>
<div class="cb_header"><a href="/">CareerBuilder.com</a> | <a href="/JobSeeker/">Find Jobs</a> | <a href="/Share/Login.aspx">Sign In</a></div>
<div id="pnlOuterWrapper" class="cb_main"><table><tr><td id="htcMainCenter">
<p><b>Location: </b><a href="/ac.ic/">Admin &amp; Clerical</a> : <a href="/ac.ic/DataEntry.htm">Data Entry</a></p>
${form}
${RESULTS}
</td></tr></table></div>
<div class="cb_footer"><a href="/about">About Us</a> | <a href="/privacy">Privacy</a></div>
</body></html>`;
}

const STORY = `<p>LANCASTER - The county's unemployment rate fell to 3.9 percent in November, the lowest in five years, the state
Department of Labor and Industry said Tuesday. Employers added 1,200 jobs over the month, most of them in retail and
health care, as stores hired for the holiday season.</p>
<p>"We are seeing steady demand for clerical and data entry workers," said Mary Smith, who directs the county's
workforce board. Temporary agencies reported more openings than applicants for the third month running, she said.</p>
<p>Economists cautioned that seasonal hiring usually fades in January, and that wages for office work have barely
kept pace with prices. The state will publish its December figures next month.</p>`;

const COMMENT_FORM = `<form action="/comments" method="post"><h3>Leave a comment</h3>
Name <input name="author" type="text"> E-mail <input name="email" type="email"> Website <input name="url" type="url">
<textarea name="comment"></textarea> <input type="checkbox" name="subscribe"> Notify me of new comments
<input type="submit" value="Post"></form>`;

describe('a page whose text sits among many fields to fill in', () => {
  it("says no to a job search's results beside its advanced search, which it took before run AA", async () => {
    expect(await verdictAt(url, jobSearch(ADVANCED_SEARCH))).toBe(false);
  });

  it('counts the fields a visitor fills in or picks, not hidden fields or buttons', () => {
    const parsed = parseHtml(jobSearch(ADVANCED_SEARCH), url);
    const shape = measurePage(parsed.document);
    void parsed.close();
    // 14 text fields, 13 <select>s, 8 checkboxes, a <textarea>, as on the page; two hidden fields and a button not.
    expect(shape.fieldsInRun).toBe(36);
    expect(isFormPage(shape)).toBe(true);
  });

  it('still takes a story whose column holds a search box and a comment form', async () => {
    const search = '<form action="/search"><input name="q" type="search"><input type="submit" value="Go"></form>';
    const story = jobSearch(`${search}`).replace(RESULTS, `${STORY}${COMMENT_FORM}`);
    expect(await verdictAt('https://news.invalid/2006/12/jobs', story)).toBe(true);
  });
});
