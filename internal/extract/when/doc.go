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
//     2025-SU (seasons), 199 (the 1990s), 19 (the 20th century); a part
//     of a day adds TMO, TAF, TEV or TNI (2025-05-14TMO);
//   - clock times as 2025-05-14T10:00;
//   - durations as P60D, PT5H, P2W, P20M, P10Y, with X for an unknown
//     count (PXY for "years");
//   - sets ("every Friday", "daily") as XXXX-WXX-5, P1D;
//   - vague references as PRESENT_REF ("now", "currently"), PAST_REF
//     ("recently", "in recent weeks", "the past"), FUTURE_REF ("the
//     future", "the coming days"), as TimeML writes them.
//
// Resolution against the publication date (the anchor):
//   - today, tonight, yesterday, tomorrow, this morning, last night: the
//     anchor's day, shifted;
//   - last/this/next week, month, year, weekend, quarter, season: the
//     anchor's period, shifted by one; "earlier this month" and "later this
//     year" are this month and this year; "N days/weeks/months/years ago"
//     is the anchor less N at that unit's precision;
//   - a weekday is read with the tense of its sentence: in a past (or
//     present) tense sentence it is the latest such day on or before the
//     anchor, in a future tense one (will, would, is to, plans, scheduled,
//     due, expected) the next such day on or after it; "last Friday" is
//     strictly before, "next Friday" strictly after;
//   - a month, or a month and day, without a year takes the anchor's year,
//     unless the tense says otherwise: in a past tense sentence a month
//     after the anchor's month belongs to the year before ("toppled ... in
//     December", published in May, is last December), in a future tense one
//     a month before the anchor's month belongs to the year after;
//   - "the next day", "the following day", "that day", "the day before"
//     count from the last day the article named, else from the anchor;
//   - a two-digit year is 19xx or 20xx, whichever is nearer the anchor.
//
// Without a publication date, absolute expressions ("Oct. 7, 2023",
// "1967") keep their values and relative ones are null.
package when
