package read

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"unicode/utf8"
)

// textReader reads a plain-text dump: one document holding one story or
// several, to be segmented by the clean stage.
type textReader struct{}

func (textReader) Read(ctx context.Context, path string, r io.Reader, emit Emit) error {
	data, err := io.ReadAll(io.LimitReader(r, MaxDoc+1))
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	if len(data) > MaxDoc {
		return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, MaxDoc)
	}
	if err := checkText(data); err != nil {
		return err
	}
	return emit(Doc{Path: path, Format: FormatText, Text: string(data)})
}

// checkText rejects binary data and invalid UTF-8.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return ErrBinary
	}
	if !utf8.Valid(data) {
		return ErrEncoding
	}
	return nil
}
