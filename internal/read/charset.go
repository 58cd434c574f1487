package read

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// metaScan is how far into a page a <meta charset> is looked for. The
// HTML standard stops at 1024 bytes, but real pages often put the
// declaration after long inline scripts.
const metaScan = 16 << 10

// toUTF8 converts a page to UTF-8. It trusts, in order: a byte-order mark,
// the charset of the HTTP Content-Type header (contentType, "" if none), a
// <meta> declaration, and last the bytes themselves: valid UTF-8 stays
// UTF-8, anything else is read as windows-1252, the web's usual legacy
// default. A declared single-byte charset loses to content that is valid
// UTF-8 with non-ASCII bytes, the commonest mislabelling on the web. It
// returns the text and the name of the charset used.
func toUTF8(data []byte, contentType string) ([]byte, string, error) {
	e, name, certain := charset.DetermineEncoding(data, contentType)
	if !certain && name != "utf-8" {
		// DetermineEncoding saw only the first 1024 bytes.
		if mn := metaCharset(data[:min(len(data), metaScan)]); mn != "" {
			if me, n := charset.Lookup(mn); me != nil {
				e, name = me, n
			}
		} else if utf8.Valid(data) {
			e, name = encoding.Nop, "utf-8"
		}
	}
	if name != "utf-8" && !isMultiByte(name) && hasHighBit(data) && utf8.Valid(data) {
		e, name = encoding.Nop, "utf-8"
	}
	if e == encoding.Nop || name == "utf-8" {
		return bytes.ToValidUTF8(data, []byte("\uFFFD")), "utf-8", nil
	}
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return nil, name, fmt.Errorf("decode %s: %w", name, err)
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), name, nil
}

// metaCharset finds the charset a <meta charset> or <meta http-equiv
// content-type> declares in head, or "".
func metaCharset(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, content string
			equiv := false
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					equiv = bytes.EqualFold(v, []byte("content-type"))
				case "content":
					content = string(v)
				}
			}
			if cs != "" {
				return cs
			}
			if equiv {
				if _, n, ok := charset.DetermineEncoding(nil, content); ok {
					return n
				}
			}
		}
	}
}

// isMultiByte tells the East Asian charsets whose bytes can also form valid
// UTF-8 by chance less rarely than single-byte ones; their declaration wins.
func isMultiByte(name string) bool {
	switch name {
	case "gbk", "gb18030", "big5", "euc-jp", "iso-2022-jp", "shift_jis", "euc-kr", "utf-16be", "utf-16le":
		return true
	}
	return false
}

func hasHighBit(data []byte) bool {
	for _, c := range data {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
