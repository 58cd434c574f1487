package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/extract"
	"github.com/parley-news/parley/internal/store"
)

// Names on the NATS server.
const (
	Stream      = "PARLEY"
	Subject     = "parley.articles"
	DeadStream  = "PARLEY_DEAD"
	DeadSubject = "parley.dead"
	Durable     = "parley-workers"
)

// Config tunes a worker.
type Config struct {
	Batch      int           // messages per store transaction (default 64)
	MaxDeliver int           // deliveries before a message is dead (default 5)
	AckWait    time.Duration // redelivery after a silent worker (default 2m)
	Log        *slog.Logger
}

func (c *Config) defaults() {
	if c.Batch <= 0 {
		c.Batch = 64
	}
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = 5
	}
	if c.AckWait <= 0 {
		c.AckWait = 2 * time.Minute
	}
	if c.Log == nil {
		c.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
}

// Conn is a connection to a NATS server with JetStream.
type Conn struct {
	nc *nats.Conn
	js jetstream.JetStream
}

// Connect dials url and makes sure the streams exist.
func Connect(ctx context.Context, url string) (*Conn, error) {
	nc, err := nats.Connect(url, nats.Name("parley"), nats.Timeout(10*time.Second))
	if err != nil {
		return nil, fmt.Errorf("nats %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	c := &Conn{nc: nc, js: js}
	if err := c.setup(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	return c, nil
}

// Close ends the connection, flushing what was published.
func (c *Conn) Close() error {
	err := c.nc.Drain()
	c.nc.Close()
	return err
}

func (c *Conn) setup(ctx context.Context) error {
	_, err := c.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: Stream, Subjects: []string{Subject},
		Retention:  jetstream.WorkQueuePolicy, // a message is gone once acknowledged
		Storage:    jetstream.FileStorage,
		Duplicates: 24 * time.Hour,
	})
	if err != nil {
		return fmt.Errorf("create stream %s: %w", Stream, err)
	}
	_, err = c.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: DeadStream, Subjects: []string{DeadSubject}, Storage: jetstream.FileStorage,
	})
	if err != nil {
		return fmt.Errorf("create stream %s: %w", DeadStream, err)
	}
	return nil
}

// Enqueue publishes one cleaned article for a worker to analyse.
func (c *Conn) Enqueue(ctx context.Context, a *article.Article) error {
	data, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("enqueue %s: %w", a.ID, err)
	}
	if _, err := c.js.Publish(ctx, Subject, data, jetstream.WithMsgID(a.ID)); err != nil {
		return fmt.Errorf("enqueue %s: %w", a.ID, err)
	}
	return nil
}

// Pending counts the messages waiting in the work queue and in the
// dead-letter stream.
func (c *Conn) Pending(ctx context.Context) (queued, dead uint64, err error) {
	s, err := c.js.Stream(ctx, Stream)
	if err != nil {
		return 0, 0, err
	}
	info, err := s.Info(ctx)
	if err != nil {
		return 0, 0, err
	}
	d, err := c.js.Stream(ctx, DeadStream)
	if err != nil {
		return 0, 0, err
	}
	dinfo, err := d.Info(ctx)
	if err != nil {
		return 0, 0, err
	}
	return info.State.Msgs, dinfo.State.Msgs, nil
}

// Worker takes articles from the queue into a store.
type Worker struct {
	c    *Conn
	st   store.Store
	cfg  Config
	cons jetstream.Consumer
}

// NewWorker joins the shared durable consumer: all workers split the queue.
func (c *Conn) NewWorker(ctx context.Context, st store.Store, cfg Config) (*Worker, error) {
	cfg.defaults()
	cons, err := c.js.CreateOrUpdateConsumer(ctx, Stream, jetstream.ConsumerConfig{
		Durable:    Durable,
		AckPolicy:  jetstream.AckExplicitPolicy,
		AckWait:    cfg.AckWait,
		MaxDeliver: cfg.MaxDeliver + 1, // the last delivery is where we dead-letter it
	})
	if err != nil {
		return nil, fmt.Errorf("consumer %s: %w", Durable, err)
	}
	return &Worker{c: c, st: st, cfg: cfg, cons: cons}, nil
}

// Stats says what a worker did.
type Stats struct {
	Messages, Added, Skipped, Dead int
}

// Run works until ctx is done, or, with untilEmpty, until a fetch finds
// the queue empty.
func (w *Worker) Run(ctx context.Context, untilEmpty bool) (Stats, error) {
	var total Stats
	for ctx.Err() == nil {
		n, err := w.batch(ctx, &total)
		if err != nil {
			return total, err
		}
		if n == 0 && untilEmpty {
			break
		}
	}
	return total, nil
}

// batch fetches and handles one batch; it returns how many messages came.
func (w *Worker) batch(ctx context.Context, total *Stats) (int, error) {
	mb, err := w.cons.Fetch(w.cfg.Batch, jetstream.FetchMaxWait(time.Second))
	if err != nil {
		if ctx.Err() != nil {
			return 0, nil
		}
		return 0, fmt.Errorf("fetch: %w", err)
	}
	var msgs []jetstream.Msg
	var arts []*article.Article
	fetched := 0
	for m := range mb.Messages() {
		fetched++
		a, err := decode(m.Data())
		if err != nil {
			w.dead(ctx, m, err)
			total.Dead++
			continue
		}
		if err := extract.Run(a); err != nil {
			w.cfg.Log.Warn("extraction failed", "article", a.ID, "err", err)
		}
		msgs = append(msgs, m)
		arts = append(arts, a)
	}
	if err := mb.Error(); err != nil && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, nats.ErrTimeout) && ctx.Err() == nil {
		w.cfg.Log.Warn("fetch ended early", "err", err)
	}
	total.Messages += len(msgs)
	if len(arts) == 0 {
		return fetched, nil
	}
	res, err := w.st.PutArticles(ctx, arts)
	if err != nil {
		// Nothing of the batch was stored: let each message come again,
		// or go to the dead letters when it has come too often.
		for _, m := range msgs {
			if delivered(m) >= w.cfg.MaxDeliver {
				w.dead(ctx, m, err)
				total.Dead++
			} else {
				_ = m.NakWithDelay(time.Second)
			}
		}
		w.cfg.Log.Error("store batch failed", "messages", len(msgs), "err", err)
		return fetched, nil
	}
	// Acknowledge only after the commit: a worker killed before this line
	// leaves the messages to be redelivered, and the store skips repeats.
	for _, m := range msgs {
		if err := m.Ack(); err != nil {
			w.cfg.Log.Warn("ack failed (the message will come again)", "err", err)
		}
	}
	total.Added += res.Added
	total.Skipped += res.Skipped
	return fetched, nil
}

func decode(data []byte) (*article.Article, error) {
	var a article.Article
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if a.Text == "" {
		return nil, errors.New("decode: article without text")
	}
	if a.ID == "" {
		a.ID = article.ID(a.Text)
	}
	// facts are the worker's to find, whatever the message carried
	a.Entities, a.Times, a.Quantities, a.Claims, a.Events, a.Agreements = nil, nil, nil, nil, nil, nil
	return &a, nil
}

func delivered(m jetstream.Msg) int {
	md, err := m.Metadata()
	if err != nil {
		return 1
	}
	return int(md.NumDelivered)
}

// dead moves a message to the dead-letter stream with its reason and
// removes it from the work queue.
func (w *Worker) dead(ctx context.Context, m jetstream.Msg, reason error) {
	msg := nats.NewMsg(DeadSubject)
	msg.Data = m.Data()
	msg.Header.Set("Parley-Error", reason.Error())
	if _, err := w.c.js.PublishMsg(ctx, msg); err != nil {
		w.cfg.Log.Error("dead letter not written; the message stays queued", "err", err)
		_ = m.Nak()
		return
	}
	w.cfg.Log.Warn("message moved to dead letters", "reason", reason)
	_ = m.TermWithReason(reason.Error())
}
