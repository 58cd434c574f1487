// Package queue spreads analysis over machines with a NATS JetStream work
// queue. A Producer publishes cleaned articles (text, title, date; no facts
// yet) to the stream; any number of Workers take them in batches, run the
// extraction stages and write the records to one store, acknowledging each
// message only after its batch is committed. A message that keeps failing
// is moved to a dead-letter stream with the reason, so that one bad article
// never blocks the queue. Re-publishing the same article is harmless: the
// stream drops duplicates by article id and the store is idempotent.
package queue
