package queue_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	natsserver "github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/queue"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlite"
)

// natsServer starts an embedded NATS server with JetStream on loopback.
func natsServer(t *testing.T) string {
	t.Helper()
	ns, err := natsserver.NewServer(&natsserver.Options{Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(), NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go ns.Start()
	if !ns.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server did not start")
	}
	t.Cleanup(ns.Shutdown)
	return ns.ClientURL()
}

func openStore(t *testing.T) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func story(text string) *article.Article {
	title := "Talks"
	pub := "2025-03-04"
	return &article.Article{ID: article.ID(text), Title: &title, Published: &pub, PublishedFrom: article.FromFlag, Text: text}
}

var texts = []string{
	"Negotiators from Eastland and Westland met in Geneva on Monday, a United Nations spokesman said.",
	"Westland released 40 prisoners on Tuesday under the truce, officials said.",
	"Eastland's president Maria Lind said the ceasefire would hold.",
}

func TestWorkersDrainTheQueue(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	url := natsServer(t)
	c, err := queue.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for _, tx := range texts {
		if err := c.Enqueue(ctx, story(tx)); err != nil {
			t.Fatal(err)
		}
	}
	// the same article again is dropped by the stream
	if err := c.Enqueue(ctx, story(texts[0])); err != nil {
		t.Fatal(err)
	}
	if q, _, err := c.Pending(ctx); err != nil || q != 3 {
		t.Fatalf("queued %d (%v), want 3", q, err)
	}

	st := openStore(t)
	// two workers share the queue
	w1, err := c.NewWorker(ctx, st, queue.Config{Batch: 2})
	if err != nil {
		t.Fatal(err)
	}
	w2, err := c.NewWorker(ctx, st, queue.Config{Batch: 2})
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		s   queue.Stats
		err error
	}
	done := make(chan result, 2)
	for _, w := range []*queue.Worker{w1, w2} {
		go func() { s, err := w.Run(ctx, true); done <- result{s, err} }()
	}
	var total queue.Stats
	for range 2 {
		r := <-done
		if r.err != nil {
			t.Fatal(r.err)
		}
		total.Messages += r.s.Messages
		total.Added += r.s.Added
	}
	if total.Messages != 3 || total.Added != 3 {
		t.Errorf("workers took %d messages, added %d; want 3 and 3", total.Messages, total.Added)
	}
	stats, err := st.Stats(ctx)
	if err != nil || stats.Articles != 3 {
		t.Errorf("store holds %d articles (%v)", stats.Articles, err)
	}
	// the worker extracted: the stored record has facts
	a, err := st.Article(ctx, article.ID(texts[1]))
	if err != nil {
		t.Fatal(err)
	}
	if a.Entities == nil || a.Times == nil {
		t.Errorf("stored record was not normalized by extraction: %+v", a)
	}
	if q, dead, _ := c.Pending(ctx); q != 0 || dead != 0 {
		t.Errorf("after draining: %d queued, %d dead", q, dead)
	}
}

// failing is a store whose writes fail, to drive messages to dead letters.
type failing struct{ store.Store }

func (failing) PutArticles(context.Context, []*article.Article) (store.PutResult, error) {
	return store.PutResult{}, errors.New("disk full")
}

func TestDeadLetters(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	url := natsServer(t)
	c, err := queue.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	// a message that is no article at all
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	if _, err := nc.Request(queue.Subject, []byte("{not json"), 5*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := c.Enqueue(ctx, story(texts[2])); err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	w, err := c.NewWorker(ctx, failing{st}, queue.Config{MaxDeliver: 2})
	if err != nil {
		t.Fatal(err)
	}
	// keep working until both messages are dead (the good one after its
	// deliveries are used up)
	var total queue.Stats
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end); {
		s, err := w.Run(ctx, true)
		if err != nil {
			t.Fatal(err)
		}
		total.Dead += s.Dead
		if q, dead, _ := c.Pending(ctx); q == 0 && dead == 2 {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	q, dead, err := c.Pending(ctx)
	if err != nil || q != 0 || dead != 2 || total.Dead != 2 {
		t.Errorf("queued %d, dead %d (worker counted %d), err %v; want 0, 2, 2", q, dead, total.Dead, err)
	}
}
