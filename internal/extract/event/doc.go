// Package event finds events with actor, target, time, place and modality (Events) in an
// article's text and fills that field of the article record.
package event
