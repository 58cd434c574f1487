package sqldb

// FilterWindows lets tests shrink the filter windows to a handful of
// articles.
var FilterWindows = &filterWindows
