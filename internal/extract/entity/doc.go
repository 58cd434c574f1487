// Package entity takes an article's segmented text and hands on its
// entities: every person, organization, place and group, with the byte
// spans of all its mentions, the distinct ways the text writes it
// (aliases) and, for people, the roles the text gives them.
//
// How names are found, in order:
//
//   - Lexicon names (internal/lexicon, a token trie): countries, demonyms,
//     capitals, regions, cities, subdivisions, organizations, outlets,
//     government bodies, companies and groups. The longest match wins, and
//     a listed word inside a longer name does not split it: "Palestinian
//     Red Crescent" and "Gaza Humanitarian Fund" are one name because their
//     last word is an organization head.
//   - A capitalized run in no lexicon is typed by its head word ("...
//     Committee", "... Forces", "... Strip", "... Heights", "Ministry of
//     ..."), a company suffix ("Inc."), a rank title before it ("President",
//     "Gen.", "Mr."), a given name, a name particle ("al-", "bin"), or its
//     context ("X said", "X, who", "in X", "engine maker X").
//   - Not names: ALL-CAPS lines, Title Case lines without a full stop (only
//     listed names are taken from them), a sentence-initial common English
//     word ("Earlier", "Details") unless the same word stands capitalized
//     inside a sentence elsewhere, weekdays, months, holidays, function
//     words, units and currencies ("GMT", "USD"), titles alone.
//
// Other beats: company suffixes ("plc", "AG", "ASA", "& Co") close a
// company's name and "X Foods" is "X Foods ASA"; "and" stands inside a
// body's name after English words ("Competition and Markets Authority");
// a lone name coordinated with an organization is one ("Nestle and
// Danone"); market indexes and the acronyms of events are no entities. A
// story with a score and match words is a match report (sportsDoc): club
// words make teams ("Rovers", "FC", "... City"), a listed town that plays
// is its club, names after "beat" or before a score are teams, results
// lines are read, and a team's club word names it alone. ALL-CAPS lines
// give listed places and a dateline's town only.
//
// Merging: listed names meet at their canonical name ("US", "U.S." and
// "United States" are one place); a person's later surname mention finds the
// full name, with or without its particle ("Sharaa", "al-Sharaa",
// "Al-Sharaa"); an acronym in parentheses after a name ("Rapid Support
// Forces (RSF)") names the same entity, and so does a name a person is
// "known as" ("Mohamed Hamdan Dagalo, known as Hemedti"); an unlisted
// group's name and its plural are one ("Huthi", "the Huthis"); the first word of a multi-word
// organization names it too ("Northrop" for "Northrop Grumman"); a
// country's army ("the Israeli army", "Sudan's army") is its listed armed
// forces.
//
// Decisions: a demonym used as an adjective ("Syrian officials",
// "Israeli-occupied") is a mention of the country, a place; the people
// ("Syrians", "Palestinians", "Druze") are a group. A possessive gives the
// entity without "'s". A rank title directly before a person is part of the
// mention ("President Vladimir Putin") and a "the" that belongs to an
// organization or place is too ("the United States said"), as news
// annotation counts them; the entity's name is without either. "Mobile,
// Alabama" is one mention of the city, and Alabama has its own.
//
// Roles: the words before a name back to a determiner or preposition when
// they end in a title or office ("Syrian President", "senior security
// official"; "army chief General" gives two), an apposition ("X, Trump's
// Middle East envoy"), a relative clause or a reported change ("who was
// appointed governor of ...", "was put in charge of ..."), "commanded by",
// and "as a witness".
//
// For the later stages: [Index] (built with [NewIndex] from a.Entities)
// answers [Index.At] (the entity mentioned at a span) and [Index.Named]
// (the entity called "Israel", "Israeli", "Sharaa", "the U.N."); [At] is
// the one-off form.
package entity
