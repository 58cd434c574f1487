// Package quantity takes an article's segmented text and the times found
// before it, and hands on its quantities (Quantities): counted amounts
// with their span, value, the thing counted as unit, whether the text
// gives them as approximate, and the upper bound of a range.
//
// What counts:
//   - numbers in digits and words ("1,200", "two", "a dozen",
//     "1.5 million"), with what follows them as the unit: the head noun
//     phrase up to its first plural ("Palestinian prisoners", "hostages",
//     "people"), or the noun joined by a hyphen ("60-day", "20-point
//     plan");
//   - approximators make a quantity approximate and stay in its span
//     ("nearly 2,000", "more than 20 months", "up to about ten days");
//   - ranges ("between 30 and 40", "30 to 40", "200-250") give value and
//     max;
//   - vague counts ("dozens of", "thousands of people") are approximate
//     with a null value; "half" is 0.5;
//   - money takes its currency code as unit ("$1.5 billion" is 1.5e9 USD),
//     percentages the unit "percent";
//   - a number with no noun after it borrows the unit of the quantity
//     before it in the sentence ("10 hostages — eight on the first day and
//     two on the last"), or of the one after it when they are joined by
//     "and" ("two Syrian and two Western sources"); a count in a span of
//     time ("at a rate of 600 a day") with none to borrow counts the
//     plural that opens the sentence as its subject ("Aid trucks began
//     ...": aid trucks).
//
// The other count of a span ("within a week or two") is no count; "a
// decade and a half" is one count, 1.5 decade.
//
// What does not: years, dates and clock times (the when stage's times
// cover them), ordinals, numbers that name ("phase one", "Resolution
// 2254", "Boeing 737", and a model the story names anywhere: "787
// Dreamliner" makes "its 787 jet" a name), scores ("2-1", "6-4 3-6"),
// seedings, a table's columns, a zone's offset ("GMT+1"), and "one"
// alone. Pounds with a scale ("3.3 billion pounds") are GBP.
package quantity
