package web

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"path/filepath"
	"strings"
)

// ingest reads the inputs of an ingest request (multipart files, or the
// raw body as one input) and hands each to the IngestFunc.
func (s *Server) ingest(r *http.Request) ([]IngestResult, error) {
	if s.opts.Ingest == nil {
		return nil, &httpError{http.StatusNotImplemented, "this server does not ingest"}
	}
	r.Body = http.MaxBytesReader(nil, r.Body, s.opts.MaxUpload)
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "multipart/form-data" {
		// Parse first so that a token sent as a form field is seen.
		if err := r.ParseMultipartForm(8 << 20); err != nil {
			return nil, uploadError(err)
		}
		defer r.MultipartForm.RemoveAll()
	}
	if err := s.authorized(r); err != nil {
		return nil, err
	}
	if ct != "multipart/form-data" {
		name := r.URL.Query().Get("name")
		if name == "" {
			name = "upload"
		}
		res, err := s.opts.Ingest(r.Context(), cleanName(name), r.Body)
		if err != nil {
			return nil, uploadError(err)
		}
		return []IngestResult{res}, nil
	}
	var out []IngestResult
	for _, fhs := range r.MultipartForm.File {
		for _, fh := range fhs {
			f, err := fh.Open()
			if err != nil {
				out = append(out, IngestResult{Name: cleanName(fh.Filename), Errors: []string{"cannot open upload"}})
				continue
			}
			res, err := s.opts.Ingest(r.Context(), cleanName(fh.Filename), f)
			f.Close()
			if err != nil {
				res.Name = cleanName(fh.Filename)
				res.Errors = append(res.Errors, err.Error())
			}
			out = append(out, res)
		}
	}
	if len(out) == 0 {
		return nil, badRequest("no file in the upload")
	}
	return out, nil
}

func uploadError(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return &httpError{http.StatusRequestEntityTooLarge, "upload too large"}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return badRequest("upload cut short")
	}
	var he *httpError
	if errors.As(err, &he) {
		return he
	}
	return badRequest("cannot read the upload: %v", err)
}

// cleanName keeps the base name of an uploaded file, so that a name with
// path parts can never point anywhere.
func cleanName(name string) string {
	name = filepath.Base(strings.ReplaceAll(name, "\\", "/"))
	if name == "." || name == "/" || name == "" {
		return "upload"
	}
	return name
}
