package claim

import (
	"strings"
	"testing"
)

// positionCase is one sentence of a table of positions: the claim it must
// give (source, cue and the start of its content), or none when source is "".
type positionCase struct{ name, text, source, cue, body string }

func checkPositions(t *testing.T, tests []positionCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if tc.source == "" {
				if len(cs) != 0 {
					t.Fatalf("got %+v, want no claim", cs[0])
				}
				return
			}
			if len(cs) != 1 || deref(cs[0].Source) != tc.source || deref(cs[0].Cue) != tc.cue || !strings.HasPrefix(cs[0].Content, tc.body) {
				t.Fatalf("got %+v, want one claim: %q %q %q", cs, tc.source, tc.cue, tc.body)
			}
		})
	}
}

// TestDeliberativeBodies: a court's, panel's or union's decisions, votes
// and backing are its position, as a party's are; a ministry's or an
// army's are deeds of state or war.
func TestDeliberativeBodies(t *testing.T) {
	checkPositions(t, []positionCase{
		{"a court declines", "The Supreme Court declined to take up the appeal.", "The Supreme Court", "declined", "to take up the appeal"},
		{"a court rejects", "The high court rejected a request from the governor to delay the count.", "The high court", "rejected", "a request from the governor"},
		{"a panel votes", "A Senate panel voted to subpoena the former director.", "A Senate panel", "voted", "to subpoena the former director"},
		{"a committee agrees", "The committee agreed to postpone the hearing on the budget.", "The committee", "agreed to", "postpone the hearing"},
		{"a center plans", "The Tax Policy Center plans to publish its analysis next week.", "The Tax Policy Center", "plans to", "publish its analysis"},
		{"a union backs", "The union backed the strike called by nurses.", "The union", "backed", "the strike called by nurses"},
		{"an army plans", "The army plans to widen the offensive into the south.", "", "", ""},
		{"a ministry rejects", "The defense ministry rejected the request for a corridor.", "", "", ""},
		{"a government declines", "The government declined to extend the curfew.", "", "", ""},
		{"rebels backed by a state", "Rebels backed by the neighbouring state seized the town.", "", "", ""},
	})
}
