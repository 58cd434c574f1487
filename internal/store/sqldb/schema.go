package sqldb

import "strings"

// schemaV1 is the first schema, written once for both dialects:
// {{ID}} is an auto-numbered primary key, {{BLOB}} a byte string,
// {{WR}} the table option of a table keyed by its primary key alone.
// Counters (articles per entity, stories per outlet...) are kept up to date
// at ingest so that listings never scan the whole store.
const schemaV1 = `
CREATE TABLE articles (
	n {{ID}},
	id TEXT NOT NULL UNIQUE,
	story BIGINT NOT NULL DEFAULT 0,
	path TEXT, idx INTEGER NOT NULL, url TEXT, outlet TEXT, outlet_fold TEXT,
	title TEXT, published TEXT,
	text TEXT NOT NULL, record TEXT NOT NULL, sig {{BLOB}} NOT NULL
);
CREATE INDEX articles_story ON articles(story, published);
CREATE INDEX articles_outlet ON articles(outlet_fold, published);
CREATE INDEX articles_published ON articles(published);
CREATE TABLE lsh (key BIGINT NOT NULL, article BIGINT NOT NULL, PRIMARY KEY (key, article)){{WR}};
CREATE TABLE stories (
	n BIGINT PRIMARY KEY, size INTEGER NOT NULL, first TEXT, last TEXT,
	claims INTEGER NOT NULL, named INTEGER NOT NULL, anonymous INTEGER NOT NULL
);
CREATE INDEX stories_size ON stories(size DESC, n);
CREATE TABLE entities (
	n {{ID}}, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL, name TEXT NOT NULL, fold TEXT NOT NULL,
	articles INTEGER NOT NULL, mentions INTEGER NOT NULL, first_seen TEXT, last_seen TEXT
);
CREATE INDEX entities_rank ON entities(mentions DESC, n);
CREATE INDEX entities_fold ON entities(fold);
CREATE TABLE entity_aliases (entity BIGINT NOT NULL, fold TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (entity, fold)){{WR}};
CREATE INDEX entity_aliases_fold ON entity_aliases(fold);
CREATE TABLE article_entities (
	article BIGINT NOT NULL, local TEXT NOT NULL, entity BIGINT NOT NULL, mentions TEXT NOT NULL,
	PRIMARY KEY (article, local)
){{WR}};
CREATE INDEX article_entities_entity ON article_entities(entity, article);
CREATE TABLE entity_roles (entity BIGINT NOT NULL, role TEXT NOT NULL, day TEXT, article BIGINT NOT NULL);
CREATE INDEX entity_roles_entity ON entity_roles(entity, day);
CREATE TABLE claims (
	article BIGINT NOT NULL, idx INTEGER NOT NULL, ckey TEXT NOT NULL, story BIGINT NOT NULL,
	source TEXT, named INTEGER NOT NULL, direct INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
	PRIMARY KEY (article, idx)
){{WR}};
CREATE INDEX claims_key ON claims(ckey, article);
CREATE TABLE claim_groups (
	ckey TEXT PRIMARY KEY, content TEXT NOT NULL, fold TEXT NOT NULL,
	articles INTEGER NOT NULL, independent INTEGER NOT NULL
);
CREATE INDEX claim_groups_rank ON claim_groups(independent DESC, articles DESC, ckey);
CREATE TABLE claim_stories (ckey TEXT NOT NULL, story BIGINT NOT NULL, PRIMARY KEY (ckey, story)){{WR}};
CREATE TABLE events (
	article BIGINT NOT NULL, idx INTEGER NOT NULL, type TEXT NOT NULL, plover TEXT NOT NULL,
	actor TEXT, actor_fold TEXT, actor_entity BIGINT, target TEXT, target_entity BIGINT,
	time TEXT, day TEXT, place TEXT, modality TEXT NOT NULL, ekey TEXT NOT NULL, story BIGINT NOT NULL,
	evidence TEXT NOT NULL,
	PRIMARY KEY (article, idx)
){{WR}};
CREATE INDEX events_day ON events(day);
CREATE INDEX events_type ON events(type, day);
CREATE INDEX events_actor_entity ON events(actor_entity);
CREATE INDEX events_actor_fold ON events(actor_fold);
CREATE TABLE event_groups (ekey TEXT PRIMARY KEY, independent INTEGER NOT NULL);
CREATE TABLE event_stories (ekey TEXT NOT NULL, story BIGINT NOT NULL, PRIMARY KEY (ekey, story)){{WR}};
CREATE TABLE agreements (
	n {{ID}}, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
	parties TEXT NOT NULL, mediators TEXT NOT NULL, duration INTEGER, articles INTEGER NOT NULL
);
CREATE TABLE agreement_status (agreement BIGINT NOT NULL, day TEXT, status TEXT NOT NULL, article BIGINT NOT NULL, evidence TEXT NOT NULL);
CREATE INDEX agreement_status_agreement ON agreement_status(agreement, day);
CREATE TABLE outlets (
	outlet TEXT PRIMARY KEY, articles INTEGER NOT NULL, stories INTEGER NOT NULL, first_reports INTEGER NOT NULL,
	claims INTEGER NOT NULL, named INTEGER NOT NULL, anonymous INTEGER NOT NULL, direct INTEGER NOT NULL
);
CREATE TABLE outlet_stories (outlet TEXT NOT NULL, story BIGINT NOT NULL, PRIMARY KEY (outlet, story)){{WR}};
`

// Schema expands the shared schema for a dialect and splits it into
// statements.
func Schema(id, blob, withoutRowid string) []string {
	s := strings.NewReplacer("{{ID}}", id, "{{BLOB}}", blob, "{{WR}}", withoutRowid).Replace(schemaV1)
	var out []string
	for _, st := range strings.Split(s, ";") {
		if st = strings.TrimSpace(st); st != "" {
			out = append(out, st)
		}
	}
	return out
}

// SchemaV2 lets a search filtered by event type look up an article's
// events by type, instead of scanning every event of that type.
var SchemaV2 = []string{"CREATE INDEX events_article_type ON events(article, type)"}

// SchemaV3 keeps one article per LSH band key, the latest: a new article
// finds at most one candidate per band, so the work of clustering does not
// grow with the store (template-like wire copy shares bands with thousands
// of articles). Articles stored before it are no longer candidates.
func SchemaV3(keyType string) []string {
	return []string{"DROP TABLE lsh", "CREATE TABLE lsh (key " + keyType + " PRIMARY KEY, article BIGINT NOT NULL)"}
}
