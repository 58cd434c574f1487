package event_test

import (
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/extract"
	"github.com/parley-news/parley/internal/text"
)

// TestCarriedSides runs every stage, without the pipeline's recover, on
// stories where a side named in one sentence ("the group", "the rebels")
// is the target in a later, shorter one: its word offsets belong to the
// earlier sentence and must never index this one.
func TestCarriedSides(t *testing.T) {
	tests := []struct{ name, text string }{
		{"a group carried into a short sentence", "KINSHASA, June 10, 2026 (AFP) - A two-week truce between the Congolese army and the AFC/M23 rebels, brokered by Qatar, expires on Sunday, and neither side has asked for an extension.\n\n" +
			"Under the truce, both sides agreed to halt offensive operations and to allow aid convoys into Goma. The truce is due to expire at midnight on Sunday.\n\n" +
			"The rebels on Monday rejected a proposal by Angola to extend the ceasefire by a month. The army accused the rebels of shelling Sake on Tuesday, a charge the group denied.\n\n" +
			"In 2024 a similar truce collapsed after three days.\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := runStages(tc.text)
			if len(a.Events) == 0 {
				t.Fatalf("no events")
			}
		})
	}
}

// TestStateArmyIsNoGroup runs every stage (the entity stage names "the
// Congolese army" an organization): "the group" never points back to a
// state's army named by its demonym; a group called an army still can be
// it.
func TestStateArmyIsNoGroup(t *testing.T) {
	tests := []struct{ name, text, actor string }{
		{"a demonym's army", "GOMA, Congo (AP) — The M23 rebels on Tuesday rejected a ceasefire proposal put forward by Angola, saying the plan favoured the Congolese army.\n\nThe group had rejected a similar proposal in March.\n", "M23"},
		{"a group called an army", "SITTWE, Myanmar (AP) — The Arakan Army on Tuesday rejected a ceasefire proposal put forward by China, saying the plan favoured the junta.\n\nThe group had rejected a similar proposal in March.\n", "Arakan Army"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := runStages(tc.text)
			at := strings.Index(tc.text, "The group")
			var got *article.Event
			for i, e := range a.Events {
				if e.Type == "REJECT" && e.Evidence.Start == at {
					got = &a.Events[i]
				}
			}
			if got == nil {
				t.Fatalf("no REJECT by the group (got %+v)", a.Events)
			}
			if got.Actor == nil || *got.Actor != tc.actor {
				actor := "<nil>"
				if got.Actor != nil {
					actor = *got.Actor
				}
				t.Errorf("actor = %q, want %q", actor, tc.actor)
			}
		})
	}
}

// TestCarriedSideInALaterClause runs every stage: "the rebels" points back
// to the side named in the first sentence, whose chunk holds that
// sentence's word offsets; the verb group of "prisoners will be exchanged"
// is still read in its own sentence (planned), and the clause after "and"
// with a thing as its subject has no actor or target from the clause before.
func TestCarriedSideInALaterClause(t *testing.T) {
	story := "KAMBALE, Congo (Reuters) - Congo's army and the M23 rebels agreed on Saturday to a truce. " +
		"Under the deal, the rebels will withdraw from Tesa and prisoners will be exchanged within 10 days."
	a := runStages(story)
	var found bool
	for _, e := range a.Events {
		if e.Type != "RELEASE_PERSONS" {
			continue
		}
		found = true
		if e.Modality != article.Planned {
			t.Errorf("modality = %s, want planned", e.Modality)
		}
		if e.Actor != nil || e.Target != nil {
			t.Errorf("actor %v, target %v; want none", e.Actor, e.Target)
		}
	}
	if !found {
		t.Fatalf("no RELEASE_PERSONS event")
	}
}

// runStages runs every stage on story, without the pipeline's recover.
func runStages(story string) *article.Article {
	a := &article.Article{Text: story}
	d := text.Parse(a.Text)
	for _, s := range extract.Stages {
		s.Run(d, a)
	}
	return a
}
