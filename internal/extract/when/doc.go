// Package when takes an article's segmented text and hands on its time
// expressions (Times): each with its byte span, a kind (date, time,
// duration, set, vague) and an ISO 8601 value in the TimeML style, resolved
// against the publication date.
//
// What is marked follows TimeML/TIMEX3: the expression with its
// determiner and modifiers ("the past two months", "early March",
// "more than 20 months", "earlier this month"), without the preposition
// that introduces it ("on Tuesday" marks "Tuesday").
//
// Values:
//   - dates at the precision the text gives: 2025-05-14, 2025-05, 2025,
//     2025-W22 (weeks), 2025-W22-WE (weekends), 2025-Q3 (quarters),
//     2025-SU (seasons), 199 (the 1990s; "the nineties" is the latest
//     such decade begun by the anchor), 19 (the 20th century);
//   - a part of a day adds TMO, TAF, TEV or TNI to its day ("Friday
//     morning" 2025-05-16TMO, "tonight", "mid-afternoon yesterday");
//     halves are 2025-H2, "year-end" 2025-12-31;
//   - clock times as 2025-05-14T10:00 ("at 4 in the morning" too); a zone
//     written as an offset ("6:40 p.m. (GMT+8)") gives the time in UTC,
//     ending in Z;
//   - durations as P60D, PT5H, P2W, P20M, P10Y, with X for an unknown
//     count (PXY for "years", PXC for "centuries"); "a year and a
//     half" is P1Y6M; "decades-long" and "over the years" are PXY; "the
//     past decade" is P10Y, the ten years up to now; quarters count as
//     three months ("the past two quarters" is P6M), ISO 8601 having no
//     quarter designator; a range of counts ("two to three weeks",
//     "10-15 days") is one duration at its lower count, P2W;
//   - sets ("every Friday", "every other Tuesday", "daily", "twice a
//     week", "every quarter") as XXXX-WXX-5, P1D, P1W, P3M; "Tuesday
//     nights" as XXXX-WXX-2TNI;
//   - "the year ended June 30" and "the fiscal year ended Jan. 31" are
//     P1Y (a year long, which calendar year it is named for varies);
//     "FY2013" and "fiscal 2013" are 2013, "H1 2014" 2014-H1; "the
//     2011-12 season" is two years, no month; "the 2025/26 fiscal year"
//     (one token) is 2025, the year it begins in; "this financial year",
//     "next fiscal year" are the anchor's year shifted; "the first
//     quarter of next year" is that year's quarter; "eight trading days" is
//     P8D but never a shift of the calendar;
//   - vague references with value null, as the contract wants (the value
//     is ISO 8601 or null), and TimeML's reference in the time's Ref:
//     PRESENT_REF ("now", "currently"), PAST_REF ("recently", "in recent
//     weeks", "the past"), FUTURE_REF ("the future", "the coming days",
//     "the near term").
//
// Resolution against the publication date (the anchor):
//   - today, tonight, yesterday, tomorrow, this morning, last night,
//     overnight: the anchor's day, shifted ("overnight" from the last day
//     named instead, when that day lies in the week before the anchor:
//     the night before the day the story tells of, the coming night in
//     a sentence about the future; it moves no day: "the
//     day before" after it counts from the story's day);
//   - last/this/next week, month, year, weekend, quarter: the anchor's
//     period, shifted by one ("this coming Sunday" the next; "the week
//     before last", "the month after next" by two); "earlier
//     this month" and "later this year"
//     are this month and this year; "N days/weeks/months/years ago" is the
//     anchor less N at that unit's precision; "last spring" is last year's,
//     "this past spring" the latest to have ended; a bare season ("in the
//     autumn") is the latest begun in a past tense sentence, the next not
//     ended in a future one;
//   - the tense of a sentence is read from the cue word nearest the
//     expression (a cue before it counts more than one after): past for
//     said, was, had, -ed verbs; future for will, shall, scheduled, due,
//     expected, "planned to", "is set to", an aim told in the past
//     ("hoped to", "vowed to", "pledged to"), and modals (could, might,
//     would, may) before the expression; a participle after "will be" or
//     "to be" ("will be named") is future, one after a bare "is" or "be"
//     ("is heard") no cue at all; "postponed until" points ahead, and
//     so does "extended its deadline until 9 a.m. Tuesday" (the words
//     before an expression govern the day inside it); a
//     cue across a quotation mark does not count, as a quotation keeps
//     its own tense ("We will leave Thursday," he said); "since" just
//     before the expression is past; an active "planned" ("protesters
//     planned a rally Saturday") and "were planning to" point ahead, the
//     adjective ("the hastily planned trip") not; "had been due to" (a
//     plan overtaken) names the nearest such day on either side; "until"
//     or "by" a day with no other cue in the sentence is a deadline
//     ahead; a passive infinitive ("to be completed") is no past; a
//     timetable's present ("the deadline passes Friday", "they meet
//     Monday", "takes effect on Friday") points ahead, nouns ("travel
//     plans") and base forms after an auxiliary ("did not meet") not; a
//     start ("a truce starting on Wednesday", "effective Friday") points
//     ahead; "will last until" is a verb, no past "last"; a present in
//     -s after "before", "until", "once" or "when" and its subject
//     ("the day before Starmer flies to Washington to meet Trump on
//     Thursday") tells of what is to come, and so does a verb after
//     "agreed to", "decided to" ("had agreed to meet ... on Monday"; not
//     "agreed to a truce on Monday"); "must be freed by noon on
//     Saturday" is a deadline ahead as "by Saturday" is;
//   - a weekday is the latest such day on or before the anchor, or, in a
//     future tense sentence, the next such day on or after it; a
//     possessive weekday ("Wednesday's ruling") is past unless the story
//     waits for it ("ahead of Sunday's election"); "last
//     Friday" is strictly before, "next Friday" strictly after;
//   - a month, or a month and day, without a year takes the year (last,
//     this or next) that puts it nearest the anchor, where a past tense
//     sentence counts a date after the anchor four months further off and
//     a future tense one a date before it, ten months when the tense comes
//     from the event's own verb ("bought", "will") or is a target
//     ("expected by mid-December"), and for a past deed of its own verb
//     about ten and a half (a deed cannot lie ahead of the report, so
//     "erupted on 3 March" written on Jan. 30 is last March, while a date
//     up to three weeks ahead stays, as the anchor may be a caption's
//     taken days before the story) rather than from a
//     reporting verb, an -ed guess or a word that may be a noun ("said",
//     "plan"): "toppled ... in December", published in May, is last
//     December, while "payable Dec. 7", published in late October, is
//     this one; an -ed verb just before the date, or before its
//     preposition ("the year ended Jan. 31"), counts as the event's own,
//     and so does the first one after a date that opens its sentence
//     ("In January, a bomb killed ...");
//     "last February" written in March is a year back (the February
//     just ended being "last month");
//     "last Oct. 23" is the latest such day before the anchor,
//     "next Jan. 1" the first after it; holidays (Christmas,
//     Thanksgiving, Easter, Election Day, Eid al-Fitr, Eid al-Adha) are
//     placed the same way, the Islamic feasts by the arithmetic Islamic
//     calendar (a day off where the month begins with the moon's
//     sighting), a bare "Eid" the nearer of the two, and "Ramadan" as the
//     month holding its middle day ("the end of Ramadan" its last, "the
//     start of Ramadan" its first); a holiday with a year after it
//     ("Christmas 2024", "Eid al-Adha last year") is that year's;
//   - "the next day", "the following day", "that day", "earlier in the
//     day" count from the last day the article named, "that year" and "the
//     following month" from the last year and month, else from the anchor;
//     "the next morning", "that night", "the day after" likewise; "one
//     year later" counts from the last year named, "two years ago" from
//     the anchor; "an hour later", "a minute and a half earlier", "two
//     days later", "a month earlier" are counts (PT1H, PT1M30S, P2D, P1M)
//     without the word that orders them, as TimeML marks them (the day
//     reached is still the one later times count from), unless they are
//     the base of a comparison ("up 2% from a month earlier", a date);
//     so is "a few days later" (PXD: no FUTURE_REF after a day in the
//     past); years stay dates ("two years later"); "the end of the
//     month", "the rest of the week" are the anchor's;
//     "a year earlier" in a story about a quarter is that quarter a year
//     before (the quarter its paragraph last named, else the first the
//     story named, as one named in passing is not the one compared; the
//     year before, in a sentence about nine months, a half or a year
//     ended); so is "last year" giving the figure a comparison
//     sets against ("up from $3 million last year", "last year's $1.5
//     billion"); "the quarter", "the latest quarter", "that quarter" are
//     the one the story named (the latest never one still under way),
//     else the one that "ended" the date after it (the calendar quarter
//     of the day six weeks before the end: "the quarter ended July 31"
//     is Q2), else the last one completed; "this quarter's loss" in such
//     a story is the latest ended one named, unless the sentence
//     forecasts it; "the 1988 period" is that
//     quarter in 1988 (the year, in a sentence about nine months or a
//     half); "three days later than planned" is the day
//     its sentence named; "Easter week" is the week holding Easter;
//     "the previous Friday" and "the following Monday" are the
//     nearest such day before or after the last day named, else the
//     anchor; "two days before Christmas", "a week after June 3" and "the
//     day before last Tuesday" are that day shifted, marked whole;
//   - a part of a day alone after a preposition ("in the morning", "by
//     mid-afternoon", "during the night") is that part of the last day
//     named, else of the anchor; not before a noun ("the morning
//     session") or "of" ("the morning of March 3");
//   - "April 24 and 25": the second number is a day of the same month,
//     unless a noun follows it ("and 25 people"); "the March accession",
//     "the May elections" are months (a noun after "the March"), "the
//     March on Washington" is not;
//   - a clock time takes the day next to it ("4 a.m. Thursday"), else the
//     day named before it in its sentence, else the first one after it,
//     else the story's day (the last day within a week of the anchor named
//     for an event, not for a report: "said on Saturday" names none; the
//     day after for early hours when that day was named late, "late on
//     Monday", "before midnight on Sunday"; the day before for evening
//     ones when named early, and for a morning hour after an evening
//     one placed on that day; not on a live page, nor in a sentence that
//     looks the other way from that day), else the anchor; a live post's stamp opening its sentence before a
//     colon or dash ("10:40 GMT: ... on Sunday") takes the anchor, and
//     "overnight" in that post is the anchor's night; "since midnight"
//     is T00:00; a span over midnight ("between 10 p.m. and 2 a.m.")
//     begins the evening before when told in the past with no day named,
//     else ends the day after; GMT and UTC times end in Z;
//   - a month with no year joined by "and", "to", "through" to one with
//     a year ("June and July 2024", "January and June of last year")
//     takes that year, the one before when it crosses the new year;
//   - "the 100th day of the siege", "the twelfth day of talks": the day
//     its sentence names, else the date after it, else the anchor; an
//     anniversary is no time (TimeML marks none);
//   - a two-digit year is 19xx or 20xx, whichever is nearer the anchor;
//   - a slash date either order could read ("3/4/2026") is month first,
//     as US wires write it, unless the story writes its other dates day
//     first more often ("on 2 March", "25/3/2026"): then 3 April.
//
// Without a publication date, absolute expressions ("Oct. 7, 2023",
// "1967") keep their values, and so do those counted from a day or year
// the story named ("the following day", "a year earlier"). Year-less
// absolute dates ("On May 14", "in December", "mid-October") are placed,
// by the rule above, against the latest full date the story itself gives
// in its text or captions ("FILE PHOTO ... May 4, 2025"), as taggers do
// in narrative mode; the publication date stays unknown. Deictic ones
// ("yesterday", "two years ago", "Tuesday", "last month") need the
// publication date and stay null.
package when
