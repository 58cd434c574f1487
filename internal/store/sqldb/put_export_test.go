package sqldb

// UseBandFilter lets tests store without the LSH band filter.
var UseBandFilter = &useBandFilter

// FilterHas and FilterAdd reach the band filter's bits.
func NewBandFilter() *bandFilter { return &bandFilter{bits: make([]uint64, filterBits/64)} }

func (f *bandFilter) Has(k int64) bool { return f.has(k) }
func (f *bandFilter) Add(k int64)      { f.add(k) }
